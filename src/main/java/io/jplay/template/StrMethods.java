package io.jplay.template;

import io.jplay.python.PyText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Python {@code str} methods. */
final class StrMethods {
    private StrMethods() {
    }

    static Object call(String s, String name, Call c) throws TemplateException {
        switch (name) {
            case "startswith":
            case "endswith": {
                Object p = c.arg(0, null, "");
                List<Object> options = p instanceof List<?> l ? new ArrayList<>(l) : List.of(p);
                for (Object o : options) {
                    String x = (String) o;
                    if (name.equals("startswith") ? s.startsWith(x) : s.endsWith(x)) {
                        return true;
                    }
                }
                return false;
            }
            case "split":
                return split(s, c.string(0, "sep", null), c.integer(1, "maxsplit", -1));
            case "rsplit":
                return rsplit(s, c.string(0, "sep", null), c.integer(1, "maxsplit", -1));
            case "strip":
                return rstrip(lstrip(s, c.string(0, null, null)), c.string(0, null, null));
            case "lstrip":
                return lstrip(s, c.string(0, null, null));
            case "rstrip":
                return rstrip(s, c.string(0, null, null));
            case "lower":
            case "casefold":
                return s.toLowerCase();
            case "upper":
                return s.toUpperCase();
            case "swapcase": {
                StringBuilder sb = new StringBuilder();
                for (char ch : s.toCharArray()) {
                    sb.append(Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
                }
                return sb.toString();
            }
            case "replace":
                return replace(s, c.string(0, null, ""), c.string(1, null, ""), c.integer(2, null, -1));
            case "format":
                return PyFormat.format(s, c.args(), c.kwargs());
            case "join": {
                StringBuilder sb = new StringBuilder();
                List<Object> items = Ops.iterate(c.arg(0, null, List.of()));
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof String)) {
                        throw new TemplateTypeError("sequence item " + i + ": expected str instance, "
                                + PythonRepr.typeName(items.get(i)) + " found");
                    }
                    sb.append(i > 0 ? s : "").append(items.get(i));
                }
                return sb.toString();
            }
            case "find":
                return (long) s.indexOf(c.string(0, null, ""));
            case "rfind":
                return (long) s.lastIndexOf(c.string(0, null, ""));
            case "index":
            case "rindex": {
                String sub = c.string(0, null, "");
                int i = name.equals("index") ? s.indexOf(sub) : s.lastIndexOf(sub);
                if (i < 0) {
                    throw TemplateException.valueError("substring not found");
                }
                return (long) i;
            }
            case "expandtabs":
                return expandtabs(s, (int) c.integer(0, "tabsize", 8));
            case "istitle":
                return istitle(s);
            case "encode":
                return encode(s, c.string(0, "encoding", "utf-8"));
            case "count": {
                String sub = c.string(0, null, "");
                if (sub.isEmpty()) {
                    return (long) s.length() + 1;
                }
                long n = 0;
                for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                    n++;
                }
                return n;
            }
            case "splitlines": {
                List<Object> out = new ArrayList<>(Arrays.asList((Object[]) s.split("\r\n|\r|\n", -1)));
                if (!out.isEmpty() && "".equals(out.get(out.size() - 1))) {
                    out.remove(out.size() - 1);
                }
                return out;
            }
            case "isdigit":
            case "isnumeric":
                return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
            case "isalpha":
                return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
            case "isalnum":
                return !s.isEmpty() && s.chars().allMatch(Character::isLetterOrDigit);
            case "isspace":
                return !s.isEmpty() && s.chars().allMatch(Character::isWhitespace);
            case "isidentifier":
                return !s.isEmpty() && s.matches("[A-Za-z_][A-Za-z0-9_]*");
            case "islower":
                return s.chars().anyMatch(Character::isLetter) && s.equals(s.toLowerCase());
            case "isupper":
                return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase());
            case "capitalize":
                return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
            case "title":
                return title(s);
            case "center":
                return center(s, (int) c.integer(0, null, 0), c.string(1, null, " "));
            case "ljust": {
                int w = (int) c.integer(0, null, 0);
                return s.length() >= w ? s : s + c.string(1, null, " ").repeat(w - s.length());
            }
            case "rjust": {
                int w = (int) c.integer(0, null, 0);
                return s.length() >= w ? s : c.string(1, null, " ").repeat(w - s.length()) + s;
            }
            case "zfill": {
                int w = (int) c.integer(0, null, 0);
                if (s.length() >= w) {
                    return s;
                }
                boolean sign = s.startsWith("-") || s.startsWith("+");
                String z = "0".repeat(w - s.length());
                return sign ? s.charAt(0) + z + s.substring(1) : z + s;
            }
            case "partition":
            case "rpartition": {
                String sep = c.string(0, null, "");
                int i = name.equals("partition") ? s.indexOf(sep) : s.lastIndexOf(sep);
                if (i < 0) {
                    return name.equals("partition") ? new Tuple(List.of(s, "", "")) : new Tuple(List.of("", "", s));
                }
                return new Tuple(List.of(s.substring(0, i), sep, s.substring(i + sep.length())));
            }
            default:
                throw TemplateException.undefined("'str object' has no attribute '" + name + "'");
        }
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevLetter = false;
        for (char ch : s.toCharArray()) {
            sb.append(prevLetter ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
            prevLetter = Character.isLetter(ch);
        }
        return sb.toString();
    }

    /** Python's {@code str.expandtabs}: each tab padded to the next multiple of {@code tabsize} columns. */
    static String expandtabs(String s, int tabsize) {
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '\t') {
                int pad = tabsize > 0 ? tabsize - column % tabsize : 0;
                sb.append(" ".repeat(pad));
                column += pad;
            } else {
                sb.append(ch);
                column = ch == '\n' || ch == '\r' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.istitle}: cased runs start upper case and go on lower case; one at least. */
    static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (char ch : s.toCharArray()) {
            if (Character.isUpperCase(ch) || Character.isTitleCase(ch)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(ch)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** {@code str.encode}: jplay has no bytes, so the bytes as Ansible shows them (UTF-8 text, escapes kept). */
    static String encode(String s, String encoding) throws TemplateException {
        try {
            return io.jplay.python.PyBytes.decodeUtf8(io.jplay.python.PyBytes.encode(s, encoding));
        } catch (IllegalArgumentException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    static String center(String s, int width, String fill) {
        if (s.length() >= width) {
            return s;
        }
        int pad = width - s.length();
        int left = pad / 2 + (pad & width & 1);
        return fill.repeat(left) + s + fill.repeat(pad - left);
    }

    static String replace(String s, String old, String neu, long count) {
        if (count < 0) {
            return s.replace(old, neu);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long n = 0; n < count; n++) {
            int i = s.indexOf(old, from);
            if (i < 0) {
                break;
            }
            sb.append(s, from, i).append(neu);
            from = i + old.length();
        }
        return sb.append(s.substring(from)).toString();
    }

    static List<Object> split(String s, String sep, long max) {
        List<Object> out = new ArrayList<>();
        if (sep == null) {
            String t = s.strip();
            if (t.isEmpty()) {
                return out;
            }
            String[] parts = max < 0 ? t.split("\\s+") : t.split("\\s+", (int) max + 1);
            out.addAll(Arrays.asList(parts));
            return out;
        }
        int from = 0;
        while (max < 0 || out.size() < max) {
            int i = s.indexOf(sep, from);
            if (i < 0) {
                break;
            }
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    static List<Object> rsplit(String s, String sep, long max) {
        if (max < 0) {
            return split(s, sep, max);
        }
        List<Object> out = new ArrayList<>();
        String rest = sep == null ? s.strip() : s;
        String actualSep = sep == null ? " " : sep;
        while (out.size() < max) {
            int i = rest.lastIndexOf(actualSep);
            if (i < 0) {
                break;
            }
            out.add(0, rest.substring(i + actualSep.length()));
            rest = rest.substring(0, i);
            if (sep == null) {
                rest = rest.stripTrailing();
            }
        }
        out.add(0, rest);
        return out;
    }

    static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length() && (chars == null ? PyText.isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return s.substring(i);
    }

    static String rstrip(String s, String chars) {
        int i = s.length();
        while (i > 0 && (chars == null ? PyText.isSpace(s.charAt(i - 1)) : chars.indexOf(s.charAt(i - 1)) >= 0)) {
            i--;
        }
        return s.substring(0, i);
    }
}
