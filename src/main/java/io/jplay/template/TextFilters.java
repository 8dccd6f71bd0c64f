package io.jplay.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** String filters: case, whitespace, regex, encodings, hashes, quoting. */
final class TextFilters {
    private TextFilters() {
    }

    static void register(Library lib) {
        lib.filter("lower", c -> str(c).toLowerCase());
        lib.filter("upper", c -> str(c).toUpperCase());
        lib.filter("capitalize", c -> StrMethods.call(str(c), "capitalize", c));
        lib.filter("title", c -> title(str(c)));
        lib.filter("trim", c -> {
            String chars = c.string(0, "chars", null);
            return StrMethods.rstrip(StrMethods.lstrip(str(c), chars), chars);
        });
        lib.filter("replace", c -> StrMethods.replace(str(c), PythonRepr.str(c.required(0, "old", "do_replace")),
                PythonRepr.str(c.required(1, "new", "do_replace")), c.integer(2, "count", -1)));
        lib.filter("center", c -> StrMethods.center(str(c), (int) c.integer(0, "width", 80), " "));
        lib.filter("indent", TextFilters::indent);
        lib.filter("wordwrap", TextFilters::wordwrap);
        lib.filter("truncate", TextFilters::truncate);
        lib.filter("split", c -> {
            if (!(Ops.defined(c.value()) instanceof String s)) {
                throw new TemplateTypeError("descriptor 'split' for 'str' objects doesn't apply to a '"
                        + PythonRepr.typeName(c.value()) + "' object");
            }
            return StrMethods.split(s, c.string(0, "sep", null), c.integer(1, "maxsplit", -1));
        });
        lib.filter("format", TextFilters::format);
        lib.filter("wordcount", c -> (long) StrMethods.split(str(c), null, -1).size());
        lib.filter("regex_search", TextFilters::regexSearch);
        lib.filter("regex_replace", c -> {
            for (String k : c.kwargs().keySet()) {
                if (!java.util.Set.of("pattern", "replacement", "ignorecase", "multiline").contains(k)) {
                    throw new TemplateTypeError("regex_replace() got an unexpected keyword argument '" + k + "'");
                }
            }
            Call flags = new Call(c.value(), List.of(), Map.of("ignorecase", c.arg(2, "ignorecase", false),
                    "multiline", c.arg(3, "multiline", false)), c.scope());
            Matcher m = pattern(c.string(0, "pattern", ""), flags).matcher(str(c));
            String repl = replacement(c.string(1, "replacement", ""));
            long count = 0;
            StringBuilder sb = new StringBuilder();
            long n = 0;
            while (m.find() && (count <= 0 || n < count)) {
                m.appendReplacement(sb, repl);
                n++;
            }
            m.appendTail(sb);
            return sb.toString();
        });
        lib.filter("regex_findall", c -> {
            Matcher m = pattern(c.string(0, "regex", ""), c).matcher(str(c));
            List<Object> out = new ArrayList<>();
            while (m.find()) {
                if (m.groupCount() == 0) {
                    out.add(m.group());
                } else if (m.groupCount() == 1) {
                    out.add(m.group(1) == null ? "" : m.group(1));
                } else {
                    List<Object> groups = new ArrayList<>();
                    for (int i = 1; i <= m.groupCount(); i++) {
                        groups.add(m.group(i) == null ? "" : m.group(i));
                    }
                    out.add(new Tuple(groups));
                }
            }
            return out;
        });
        lib.filter("regex_escape", TextFilters::regexEscape);
        lib.filter("b64encode", c -> Base64.getEncoder().encodeToString(encode(str(c), c.string(0, "encoding", "utf-8"))));
        lib.filter("b64decode", TextFilters::b64decode);
        lib.filter("hash", c -> {
            String type = c.string(0, "hashtype", "sha1");
            String hex = digest(str(c), type);
            if (hex == null) {
                throw new TemplateException("unsupported hash type " + type);
            }
            return hex;
        });
        lib.filter("md5", c -> digest(str(c), "md5"));
        lib.filter("sha1", c -> digest(str(c), "sha1"));
        lib.filter("checksum", c -> digest(str(c), "sha1"));
        lib.filter("password_hash", TextFilters::passwordHash);
        // as Ansible: None quotes as the empty text
        lib.filter("quote", c -> io.jplay.python.PyShlex.quote(c.value() == null ? "" : str(c)));
        lib.filter("comment", TextFilters::comment);
        lib.filter("urlencode", c -> {
            Object v = LazyVars.unwrap(c.value());
            if (v instanceof String || !(v instanceof Map || v instanceof java.util.Collection)) {
                return urlquote(str(c), "/");
            }
            List<Object> pairs = v instanceof Map<?, ?> m ? new java.util.ArrayList<>(m.entrySet().stream()
                    .map(e -> (Object) List.of(e.getKey(), e.getValue())).toList()) : Ops.iterate(v);
            StringBuilder sb = new StringBuilder();
            for (Object pair : pairs) {
                List<Object> kv = Ops.iterate(pair);
                if (kv.size() != 2) {
                    throw new TemplateException("too many values to unpack (expected 2)");
                }
                sb.append(sb.length() > 0 ? "&" : "").append(urlquote(PythonRepr.str(kv.get(0)), "").replace("%20", "+"))
                        .append('=').append(urlquote(PythonRepr.str(kv.get(1)), "").replace("%20", "+"));
            }
            return sb.toString();
        });
        Misc.register(lib);
    }

    /** Jinja2's {@code title}: each word, begun after a space or one of {@code -({[<}, capitalized. */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean wordStart = true;
        for (char ch : s.toCharArray()) {
            boolean separator = Character.isWhitespace(ch) || "-({[<".indexOf(ch) >= 0;
            sb.append(wordStart ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            wordStart = separator;
        }
        return sb.toString();
    }

    /** Jinja2's {@code format}: {@code value % args}, or {@code value % kwargs}, never both. */
    private static Object format(Call c) throws TemplateException {
        if (!c.args().isEmpty() && !c.kwargs().isEmpty()) {
            throw new TemplateException("can't handle positional and keyword arguments at the same time");
        }
        return PyFormat.percent(str(c), c.kwargs().isEmpty() ? new Tuple(c.args()) : c.kwargs());
    }

    private static Object b64decode(Call c) throws TemplateException {
        String encoding = c.string(0, "encoding", "utf-8");
        try {
            return io.jplay.python.PyBytes.decode(io.jplay.python.PyBase64.decode(str(c)), encoding);
        } catch (IllegalArgumentException e) {
            throw TemplateException.valueError("binascii.Error", e.getMessage());
        }
    }

    private static byte[] encode(String text, String encoding) throws TemplateException {
        try {
            return io.jplay.python.PyBytes.encode(text, encoding);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    /**
     * Ansible's {@code password_hash(hashtype, salt, salt_size, rounds, ident)} as passlib computes it: md5,
     * sha256 and sha512 crypt, passlib's salt sizes and crypt's default rounds.
     */
    private static Object passwordHash(Call c) throws TemplateException {
        try {
            return hashPassword(c);
        } catch (TemplateTypeError e) {
            throw e;
        } catch (TemplateException e) {
            // the filter re-raises passlib's error with itself as the cause: Ansible shows the text twice
            throw new TemplateException(e.getMessage() + ". " + e.getMessage(), e);
        }
    }

    private static Object hashPassword(Call c) throws TemplateException {
        String scheme = c.string(0, "hashtype", "sha512");
        String salt = c.string(1, "salt", null);
        Object saltSize = c.arg(2, "salt_size", null);
        Object rounds = c.arg(3, "rounds", null);
        boolean md5 = scheme.equals("md5") || scheme.equals("md5_crypt");
        String algorithm = md5 ? "md5_crypt" : scheme.equals("sha256") ? "sha256_crypt"
                : scheme.equals("sha512") ? "sha512_crypt" : scheme;
        if (md5) {
            return Md5Crypt.crypt(str(c), salt == null || salt.isEmpty()
                    ? ShaCrypt.randomSalt(PasswordHashes.saltSize(saltSize, algorithm, 8)) : salt);
        }
        boolean sha512 = algorithm.equals("sha512_crypt");
        if (!sha512 && !algorithm.equals("sha256_crypt")) {
            throw new TemplateException("passlib does not support '" + scheme + "' algorithm");
        }
        return ShaCrypt.crypt(str(c), salt == null || salt.isEmpty()
                ? ShaCrypt.randomSalt(PasswordHashes.saltSize(saltSize, algorithm)) : salt,
                Ops.truthy(rounds) ? rounds(rounds) : sha512 ? 656000 : 535000, sha512);
    }

    /** passlib's {@code rounds} setting: an int, or text of one. */
    private static int rounds(Object rounds) throws TemplateException {
        if (rounds instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                throw new TemplateException("Could not hash the secret.. invalid literal for int() with base 10: "
                        + PythonRepr.repr(s), e);
            }
        }
        if (!Ops.isInt(rounds)) {
            throw new TemplateTypeError("min_desired_rounds must be integer, not " + PythonRepr.typeName(rounds));
        }
        return (int) Ops.toLong(rounds);
    }

    /** Ansible's {@code regex_escape}: Python's {@code re.escape}, or the POSIX basic specials escaped. */
    private static Object regexEscape(Call c) throws TemplateException {
        String type = c.string(0, "re_type", "python");
        String special = switch (type) {
            case "python" -> null;
            case "posix_basic" -> "].[^$*\\";
            case "posix_extended" -> throw new TemplateException("Regex type (" + type + ") not yet implemented");
            default -> throw new TemplateException("Invalid regex type (" + type + ")");
        };
        StringBuilder sb = new StringBuilder();
        for (char ch : str(c).toCharArray()) {
            boolean escape = special == null ? !Character.isLetterOrDigit(ch) && ch != '_' && ch < 128
                    : special.indexOf(ch) >= 0;
            sb.append(escape ? "\\" : "").append(ch);
        }
        return sb.toString();
    }

    static String str(Call c) {
        return PythonRepr.str(c.value());
    }

    /** Jinja2's {@code truncate}, with its argument checks. */
    private static Object truncate(Call c) throws TemplateException {
        String s = str(c);
        int length = (int) c.integer(0, "length", 255);
        boolean killwords = c.bool(1, "killwords", false);
        String end = c.string(2, "end", "...");
        int leeway = (int) c.integer(3, "leeway", 5);
        if (length < end.length()) {
            throw TemplateException.escaping("AssertionError", "expected length >= " + end.length() + ", got " + length);
        }
        if (leeway < 0) {
            throw TemplateException.escaping("AssertionError", "expected leeway >= 0, got " + leeway);
        }
        if (s.length() <= length + leeway) {
            return s;
        }
        String cut = s.substring(0, length - end.length());
        if (killwords) {
            return cut + end;
        }
        int sp = cut.lastIndexOf(' ');
        return (sp >= 0 ? cut.substring(0, sp) : cut) + end;
    }

    /** The text a Jinja2 filter calls string methods on: anything else fails as Python's attribute lookup. */
    private static String text(Call c, String method) throws TemplateException {
        Object v = LazyVars.unwrap(c.value());
        Ops.defined(v);
        if (!(v instanceof String s)) {
            throw new TemplateException("'" + PythonRepr.typeName(v) + "' object has no attribute '" + method + "'");
        }
        return s;
    }

    private static Object indent(Call c) throws TemplateException {
        Object w = c.arg(0, "width", 4L);
        String pad = w instanceof String s ? s : " ".repeat((int) Ops.toLong(w));
        boolean first = c.bool(1, "first", false);
        boolean blank = c.bool(2, "blank", false);
        Object v = LazyVars.unwrap(c.value());
        if (!(v instanceof String) && !(v instanceof List)) {
            Ops.defined(v);
            throw new TemplateTypeError("unsupported operand type(s) for +=: '" + PythonRepr.typeName(v) + "' and 'str'");
        }
        String s = text(c, "splitlines");
        String[] lines = s.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            boolean doIndent = (i > 0 || first) && (blank || !lines[i].isBlank());
            if (i == lines.length - 1 && i > 0 && lines[i].isEmpty()) {
                doIndent = false;
            }
            sb.append(doIndent ? pad : "").append(lines[i]);
        }
        return sb.toString();
    }

    /** Jinja2's {@code wordwrap}: each line of the text through Python's {@code textwrap.wrap}. */
    private static Object wordwrap(Call c) throws TemplateException {
        int width = (int) c.integer(0, "width", 79);
        boolean breakLong = c.bool(1, "break_long_words", true);
        String wrapstring = c.string(2, "wrapstring", "\n");
        boolean breakOnHyphens = c.bool(3, "break_on_hyphens", true);
        List<String> out = new ArrayList<>();
        try {
            for (String line : io.jplay.python.PyText.splitlines(text(c, "splitlines"))) {
                out.add(String.join(wrapstring, io.jplay.python.PyTextWrap.wrap(line, width, breakLong, breakOnHyphens)));
            }
        } catch (IllegalArgumentException e) {
            throw TemplateException.valueError(e.getMessage());
        }
        return String.join(wrapstring, out);
    }

    static Pattern pattern(String regex, Call c) throws TemplateException {
        int flags = 0;
        if (c.bool(-1, "ignorecase", false)) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if (c.bool(-1, "multiline", false)) {
            flags |= Pattern.MULTILINE;
        }
        try {
            return io.jplay.python.PyRegex.compile(regex, flags);
        } catch (IllegalArgumentException e) {
            throw TemplateException.escaping("re.error", e.getMessage());
        }
    }

    private static String replacement(String r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char ch = r.charAt(i);
            if (ch == '\\' && i + 1 < r.length()) {
                char n = r.charAt(i + 1);
                if (Character.isDigit(n)) {
                    sb.append('$').append(n);
                    i++;
                    continue;
                }
                if (n == 'g' && r.startsWith("<", i + 2)) {
                    int close = r.indexOf('>', i);
                    String g = r.substring(i + 3, close);
                    sb.append(g.matches("\\d+") ? "$" + g : "${" + g + "}");
                    i = close;
                    continue;
                }
                if (n == 'n') {
                    sb.append('\n');
                    i++;
                    continue;
                }
                sb.append("\\\\");
                if (n == '\\') {
                    i++;
                }
                continue;
            }
            if (ch == '$') {
                sb.append("\\$");
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static final Pattern NAMED_GROUP_ARG = Pattern.compile("\\\\g<(\\S+)>");
    private static final Pattern NUMBERED_GROUP_ARG = Pattern.compile("\\\\(\\d+)");

    /**
     * Ansible's {@code regex_search(value, regex, *args)}: the group arguments ({@code \\g<name>}, {@code \\N}) are
     * read first, as Ansible reads them with {@code re.match(...).group(1)} (so a malformed one escapes as Python's
     * AttributeError), then the first match gives the whole match or those groups, or None.
     */
    private static Object regexSearch(Call c) throws TemplateException {
        String regex = c.string(0, "regex", "");
        List<Object> groups = new ArrayList<>();
        for (Object a : c.args().subList(Math.min(1, c.args().size()), c.args().size())) {
            if (!(a instanceof String spec)) {
                throw TemplateException.escaping("AttributeError",
                        "'" + PythonRepr.typeName(a) + "' object has no attribute 'startswith'");
            }
            if (spec.startsWith("\\g") || spec.startsWith("\\")) {
                boolean named = spec.startsWith("\\g");
                Matcher arg = (named ? NAMED_GROUP_ARG : NUMBERED_GROUP_ARG).matcher(spec);
                if (!arg.lookingAt()) {
                    throw TemplateException.escaping("AttributeError", "'NoneType' object has no attribute 'group'");
                }
                groups.add(named ? arg.group(1) : (Object) (arg.group(1).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(arg.group(1))));
            } else {
                throw new TemplateException("Unknown argument");
            }
        }
        Matcher m = pattern(regex, c).matcher(str(c));
        if (!m.find()) {
            return null;
        }
        if (groups.isEmpty()) {
            return m.group();
        }
        List<Object> out = new ArrayList<>();
        try {
            for (Object g : groups) {
                out.add(g instanceof Integer n ? m.group(n) : m.group((String) g));
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw TemplateException.escaping("IndexError", "no such group");
        }
        return out;
    }

    static String digest(String s, String algo) throws TemplateException {
        String java = switch (algo) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            default -> null;
        };
        if (java == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(java).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    /** Ansible's {@code comment}: a style's defaults, then the keywords, compose the block. */
    private static Object comment(Call c) throws TemplateException {
        Map<String, Object> p = commentParams(c.string(0, "style", "plain"), c.kwargs());
        String nl = PythonRepr.str(p.get("newline"));
        String decoration = PythonRepr.str(p.get("decoration"));
        String prefix = PythonRepr.str(p.get("prefix"));
        StringBuilder sb = new StringBuilder();
        if (Ops.truthy(p.get("beginning"))) {
            sb.append(PythonRepr.str(p.get("beginning"))).append(nl);
        }
        if (!prefix.isEmpty()) {
            sb.append((prefix.equals(nl) ? nl : prefix + nl).repeat(count(p.get("prefix_count"))));
        }
        sb.append((decoration + str(c).replace(nl, nl + decoration))
                .replace(decoration + nl, decoration.stripTrailing() + nl));
        sb.append((nl + PythonRepr.str(p.get("postfix"))).repeat(count(p.get("postfix_count"))));
        if (Ops.truthy(p.get("end"))) {
            sb.append(nl).append(PythonRepr.str(p.get("end")));
        }
        return sb.toString();
    }

    private static int count(Object n) {
        return (int) Math.max(0, Ops.toLong(n));
    }

    private static Map<String, Object> commentParams(String style, Map<String, Object> kw) throws TemplateException {
        Map<String, Object> styleParams = switch (style) {
            case "plain" -> Map.of("decoration", "# ");
            case "erlang" -> Map.of("decoration", "% ");
            case "c" -> Map.of("decoration", "// ");
            case "cblock" -> Map.of("beginning", "/*", "decoration", " * ", "end", " */");
            case "xml" -> Map.of("beginning", "<!--", "decoration", " - ", "end", "-->");
            default -> throw new TemplateException(PythonRepr.repr(style));
        };
        String prepostfix = PythonRepr.str(kw.getOrDefault("decoration", styleParams.get("decoration"))).stripTrailing();
        Map<String, Object> p = new java.util.HashMap<>(Map.of("newline", "\n", "beginning", "", "prefix", prepostfix,
                "prefix_count", 1L, "decoration", "", "postfix", prepostfix, "postfix_count", 1L, "end", ""));
        p.putAll(styleParams);
        p.putAll(kw);
        return p;
    }

    static String urlquote(String s, String safe) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || "_.-~".indexOf(ch) >= 0 || safe.indexOf(ch) >= 0) {
                sb.append(ch);
            } else {
                sb.append(String.format("%%%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
