package io.jplay.playbook.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ansible's {@code k=v} argument strings: split on whitespace except inside quotes and Jinja
 * blocks, {@code k=v} pairs become arguments, everything else is joined into {@code _raw_params}.
 */
public final class KvArgs {

    /** The only keys split out of a free-form command line. */
    public static final Set<String> RAW_KEYS = Set.of("creates", "removes", "chdir", "executable", "warn", "stdin",
            "stdin_add_newline", "strip_empty_ends");

    private record Token(String text, int start, int end) {
    }

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
        List<Token> raw = new ArrayList<>();
        for (Token token : split(args)) {
            String x = decodeEscapes(token.text());
            int pos = equalsAt(x);
            if (pos < 0) {
                raw.add(x.indexOf('=') >= 0 ? new Token(x.replace("\\=", "="), token.start(), token.end()) : token);
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
            options.put("_raw_params", join(args, raw));
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

    private static String join(String args, List<Token> raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            out.append(t.text());
            if (i + 1 < raw.size()) {
                int end = t.end();
                while (end < args.length() && Character.isWhitespace(args.charAt(end))) {
                    end++;
                }
                String gap = args.substring(t.end(), end);
                out.append(gap.isEmpty() ? " " : gap);
            }
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

    private static List<Token> split(String args) {
        List<Token> tokens = new ArrayList<>();
        char quote = 0;
        int depth = 0;
        int start = -1;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            boolean escaped = i > 0 && args.charAt(i - 1) == '\\';
            if (quote != 0) {
                if (c == quote && !escaped) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && !escaped) {
                quote = c;
            } else if (c == '{' && i + 1 < args.length() && "{%#".indexOf(args.charAt(i + 1)) >= 0) {
                depth++;
            } else if ("}%#".indexOf(c) >= 0 && i + 1 < args.length() && args.charAt(i + 1) == '}' && depth > 0) {
                depth--;
                if (start < 0) {
                    start = i;
                }
                i++;
                continue;
            }
            boolean separator = Character.isWhitespace(c) && quote == 0 && depth == 0;
            if (separator && start >= 0) {
                tokens.add(new Token(args.substring(start, i), start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        if (quote != 0 || depth != 0) {
            throw new IllegalArgumentException(
                    "failed at splitting arguments, either an unbalanced jinja2 block or quotes: " + args);
        }
        if (start >= 0) {
            tokens.add(new Token(args.substring(start), start, args.length()));
        }
        return tokens;
    }
}
