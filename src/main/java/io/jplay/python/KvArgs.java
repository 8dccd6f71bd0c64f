package io.jplay.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ansible's {@code k=v} argument strings ({@code parse_kv}): split as {@code split_args} does, on spaces
 * and newlines except inside quotes and Jinja blocks; {@code k=v} pairs become arguments, everything else
 * is joined into {@code _raw_params}.
 */
public final class KvArgs {

    /** The only keys split out of a free-form command line. */
    public static final Set<String> RAW_KEYS = Set.of("creates", "removes", "chdir", "executable", "warn", "stdin",
            "stdin_add_newline", "strip_empty_ends");

    private KvArgs() {
    }

    /**
     * Parses {@code args}. With {@code checkRaw} (free-form modules) only {@link #RAW_KEYS} are taken
     * as options and every other {@code k=v} stays in the command line.
     *
     * @throws IllegalArgumentException with Ansible's message on unbalanced quotes or Jinja blocks
     */
    public static Map<String, Object> parse(String args, boolean checkRaw) {
        Map<String, Object> options = new LinkedHashMap<>();
        List<String> raw = new ArrayList<>();
        for (String token : split(args)) {
            String x = decodeEscapes(token);
            int pos = equalsAt(x);
            if (pos < 0) {
                raw.add(x.indexOf('=') >= 0 ? x.replace("\\=", "=") : token);
                continue;
            }
            String key = x.substring(0, pos);
            if (checkRaw && !RAW_KEYS.contains(key)) {
                raw.add(token);
            } else {
                options.put(key.strip(), unquote(x.substring(pos + 1).strip()));
            }
        }
        if (!raw.isEmpty()) {
            options.put("_raw_params", join(raw));
        }
        return options;
    }

    private static int equalsAt(String x) {
        for (int i = 1; i < x.length(); i++) {
            if (x.charAt(i) == '=' && x.charAt(i - 1) != '\\') {
                return i;
            }
        }
        return -1;
    }

    /** Ansible's {@code join_args}: the pieces joined by one space, none after a piece that ends a line. */
    private static String join(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String p : pieces) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }

    /**
     * Decodes the escapes Ansible's {@code parse_kv} decodes in every token before looking for {@code k=v}:
     * the single-character escapes (backslash, quotes, a, b, f, n, r, t, v), 2-, 4- and 8-digit hex escapes
     * (x, u, U) and named characters (N{NAME}); any other backslash stays.
     */
    static String decodeEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int used = c == '\\' && i + 1 < s.length() ? escape(s, i, out) : 0;
            if (used == 0) {
                out.append(c);
                i++;
            } else {
                i += used;
            }
        }
        return out.toString();
    }

    /** Appends the escape at {@code s[i]} (a backslash) decoded; returns its length, or 0 if it is none. */
    private static int escape(String s, int i, StringBuilder out) {
        char n = s.charAt(i + 1);
        int simple = "\\'\"abfnrtv".indexOf(n);
        if (simple >= 0) {
            out.append("\\'\"\u0007\b\f\n\r\t\u000b".charAt(simple));
            return 2;
        }
        int digits = n == 'x' ? 2 : n == 'u' ? 4 : n == 'U' ? 8 : 0;
        if (digits > 0) {
            if (i + 2 + digits > s.length() || !s.substring(i + 2, i + 2 + digits).matches("[0-9a-fA-F]+")) {
                return 0;
            }
            int cp = Integer.parseUnsignedInt(s.substring(i + 2, i + 2 + digits), 16);
            if (!Character.isValidCodePoint(cp)) {
                return 0;
            }
            out.appendCodePoint(cp);
            return 2 + digits;
        }
        int close = s.indexOf('}', i);
        if (n == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{' && close > i + 3) {
            try {
                out.appendCodePoint(Character.codePointOf(s.substring(i + 3, close)));
                return close + 1 - i;
            } catch (IllegalArgumentException e) {
                return 0;
            }
        }
        return 0;
    }

    static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /**
     * Ansible's {@code split_args}: lines split on {@code \\n}, then words on single spaces (runs of spaces kept
     * on the previous word), pieces re-joined while inside quotes or Jinja blocks, a lone {@code \\} outside
     * quotes continuing the line without its newline.
     */
    static List<String> split(String args) {
        List<String> params = new ArrayList<>();
        String[] lines = args.split("\n", -1);
        Character quote = null;
        int print = 0;
        int block = 0;
        int comment = 0;
        for (int line = 0; line < lines.length; line++) {
            String[] tokens = lines[line].split(" ", -1);
            boolean continuation = false;
            for (int idx = 0; idx < tokens.length; idx++) {
                String token = tokens[idx];
                if (token.isEmpty() && idx != 0) {
                    append(params, " ");
                    continue;
                }
                boolean inside = quote != null;
                if (token.equals("\\") && !inside) {
                    continuation = true;
                    continue;
                }
                boolean wasInside = inside;
                quote = quoteState(token, quote);
                inside = quote != null;
                boolean inBlock = print > 0 || block > 0 || comment > 0;
                boolean appended = false;
                if (inside && !wasInside && !inBlock) {
                    params.add(token);
                    appended = true;
                } else if (inBlock || inside || wasInside) {
                    if (idx == 0 && wasInside) {
                        append(params, token);
                    } else if (tokens.length > 1) {
                        append(params, (idx > 0 ? " " : "") + token);
                    } else {
                        append(params, "\n" + token);
                    }
                    appended = true;
                }
                int before = print;
                print = depth(token, print, "{{", "}}");
                if (print != before && !appended) {
                    params.add(token);
                    appended = true;
                }
                before = block;
                block = depth(token, block, "{%", "%}");
                if (block != before && !appended) {
                    params.add(token);
                    appended = true;
                }
                before = comment;
                comment = depth(token, comment, "{#", "#}");
                if (comment != before && !appended) {
                    params.add(token);
                    appended = true;
                }
                if (print == 0 && block == 0 && comment == 0 && !inside && !appended && !token.isEmpty()) {
                    params.add(token);
                }
            }
            if (lines.length > 1 && line != lines.length - 1 && !continuation) {
                append(params, "\n");
            }
        }
        if (print > 0 || block > 0 || comment > 0 || quote != null) {
            throw new IllegalArgumentException(
                    "failed at splitting arguments, either an unbalanced jinja2 block or quotes: " + args);
        }
        return params;
    }

    /** {@code params[-1] += text}; Python's IndexError on an empty list is Ansible's parse error. */
    private static void append(List<String> params, String text) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("Unable to parse argument string. list index out of range");
        }
        params.set(params.size() - 1, params.get(params.size() - 1) + text);
    }

    /** The quote still open after {@code token}, starting with {@code quote} open ({@code _get_quote_state}). */
    private static Character quoteState(String token, Character quote) {
        Character open = quote;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ((c == '"' || c == '\'') && (i == 0 || token.charAt(i - 1) != '\\')) {
                if (open == null) {
                    open = c;
                } else if (open == c) {
                    open = null;
                }
            }
        }
        return open;
    }

    /** {@code _count_jinja2_blocks}: the depth after {@code token}'s opening and closing tags, never below 0. */
    private static int depth(String token, int current, String open, String close) {
        int opens = count(token, open);
        int closes = count(token, close);
        if (opens == closes) {
            return current;
        }
        return Math.max(0, current + opens - closes);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
