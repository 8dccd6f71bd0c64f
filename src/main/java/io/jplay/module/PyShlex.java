package io.jplay.module;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code shlex.split(s)} (POSIX mode, no comments): how {@code command} turns its free-form
 * text into argv.
 */
public final class PyShlex {
    private PyShlex() {
    }

    /** Splits like {@code shlex.split}; throws with Python's message on unbalanced quotes or a trailing backslash. */
    public static List<String> split(String s) throws ModuleException {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw new ModuleException("No escaped character");
                }
                word.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new ModuleException("No closing quotation");
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

    private static int doubleQuoted(String s, int i, StringBuilder word) throws ModuleException {
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
        throw new ModuleException("No closing quotation");
    }
}
