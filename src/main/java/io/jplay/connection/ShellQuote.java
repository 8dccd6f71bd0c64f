package io.jplay.connection;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place where jplay quotes words for a POSIX shell. Words are quoted like Python's
 * {@code shlex.quote}: left bare when they only hold safe characters, otherwise wrapped in single
 * quotes with each embedded single quote written as {@code '"'"'}. Any byte sequence, newlines and
 * non-ASCII text included, survives a round trip through {@code sh -c}.
 */
public final class ShellQuote {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ShellQuote() {
    }

    public static String quote(String word) {
        return io.jplay.python.PyShlex.quote(word);
    }

    public static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(w));
        }
        return sb.toString();
    }

    /** {@code export K='v'; ...} for the given variables; empty when there are none. */
    public static String exports(Map<String, String> environment) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (!NAME.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("invalid environment variable name: " + e.getKey());
            }
            sb.append(e.getKey()).append('=').append(quote(e.getValue())).append("; export ")
                    .append(e.getKey()).append("; ");
        }
        return sb.toString();
    }
}
