package io.jplay.python;

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
            String x = token.text();
            int pos = equalsAt(x);
            if (pos < 0) {
                raw.add(token);
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
            out.append(t.text().indexOf('=') >= 0 && equalsAt(t.text()) < 0 ? t.text().replace("\\=", "=") : t.text());
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
