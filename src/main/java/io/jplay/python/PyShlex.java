package io.jplay.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code shlex.split(s, comments=...)} in POSIX mode, the one splitter for every caller:
 * {@code command} and {@code script} free-form text, {@code ansible_ssh_extra_args}, the vault
 * editor, and INI inventory host lines ({@code comments=True}). Whitespace is shlex's
 * {@code ' \t\r\n'}; an unquoted {@code #} (with comments) ends the line.
 */
public final class PyShlex {
    private static final String WHITESPACE = " \t\r\n";
    /** shlex's safe characters ({@code [\\w@%+=:,./-]} with {@code re.ASCII}): such a word needs no quotes. */
    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

    private PyShlex() {
    }

    /** Python's {@code ValueError} from shlex, with its message ("No closing quotation", "No escaped character"). */
    public static final class SplitError extends Exception {
        private static final long serialVersionUID = 1L;

        SplitError(String message) {
            super(message);
        }
    }

    /**
     * {@code shlex.quote(word)}: bare when it only holds safe characters, otherwise in single quotes with
     * each embedded single quote written as {@code '"'"'}.
     */
    public static String quote(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    /** {@code shlex.split(s)}. */
    public static List<String> split(String s) throws SplitError {
        return split(s, false);
    }

    /** {@code shlex.split(s, comments)}. */
    public static List<String> split(String s, boolean comments) throws SplitError {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (WHITESPACE.indexOf(c) >= 0 || (comments && c == '#')) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i = c == '#' ? lineEnd(s, i) : i + 1;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw new SplitError("No escaped character");
                }
                word.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new SplitError("No closing quotation");
                }
                word.append(s, i + 1, close);
                i = close + 1;
            } else if (c == '"') {
                i = doubleQuoted(s, i + 1, word);
            } else {
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** A comment runs to the end of its line; splitting goes on after it. */
    private static int lineEnd(String s, int i) {
        int nl = s.indexOf('\n', i);
        return nl < 0 ? s.length() : nl + 1;
    }

    private static int doubleQuoted(String s, int i, StringBuilder word) throws SplitError {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                word.append(s.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new SplitError("No closing quotation");
    }
}
