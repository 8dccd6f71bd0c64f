package io.jplay.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Python 3.11's {@code fnmatch.translate}: a shell glob ({@code * ? [seq] [!seq]}) as a regular
 * expression that must match the whole name, case-sensitive. Character classes follow Python's
 * rules to the letter: {@code []]} holds a {@code ]}, reversed ranges are dropped, {@code []}-less
 * brackets are literal, a class left empty by that never matches, and {@code [!b-a]} matches any character.
 */
public final class PyFnmatch {
    private PyFnmatch() {
    }

    /** The compiled pattern; use {@code matcher(name).matches()}. */
    public static Pattern compile(String glob) {
        return Pattern.compile(translate(glob), Pattern.DOTALL);
    }

    /** {@code fnmatch.fnmatchcase(name, glob)}. */
    public static boolean matches(String name, String glob) {
        return compile(glob).matcher(name).matches();
    }

    /** The Java regular expression for {@code glob} (without anchors: use {@code matches()}). */
    public static String translate(String pat) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pat.length();
        while (i < n) {
            char c = pat.charAt(i++);
            if (c == '*') {
                if (i < 2 || pat.charAt(i - 2) != '*') {
                    re.append(".*");
                }
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = classEnd(pat, i);
                if (j >= n) {
                    re.append("\\[");
                } else {
                    re.append(charClass(pat, i, j));
                    i = j + 1;
                }
            } else {
                re.append(literal(c));
            }
        }
        return re.toString();
    }

    /** Where the class opened before {@code i} closes; {@code pat.length()} when it does not. */
    private static int classEnd(String pat, int i) {
        int n = pat.length();
        int j = i;
        if (j < n && pat.charAt(j) == '!') {
            j++;
        }
        if (j < n && pat.charAt(j) == ']') {
            j++;
        }
        while (j < n && pat.charAt(j) != ']') {
            j++;
        }
        return j;
    }

    private static String charClass(String pat, int i, int j) {
        List<String> chunks = chunks(pat, i, j);
        String raw = String.join("-", chunks);
        if (raw.isEmpty()) {
            return "(?!)";
        }
        if (raw.equals("!")) {
            return ".";
        }
        StringBuilder sb = new StringBuilder("[");
        String first = chunks.get(0);
        if (first.startsWith("!")) {
            sb.append('^');
            chunks.set(0, first.substring(1));
        }
        for (int k = 0; k < chunks.size(); k++) {
            if (k > 0) {
                sb.append('-');
            }
            for (char ch : chunks.get(k).toCharArray()) {
                sb.append(literal(ch));
            }
        }
        return sb.append(']').toString();
    }

    /** The class's text split at its range hyphens, with reversed ranges removed, as fnmatch does. */
    private static List<String> chunks(String pat, int i, int j) {
        List<String> chunks = new ArrayList<>();
        String stuff = pat.substring(i, j);
        if (stuff.indexOf('-') < 0) {
            chunks.add(stuff);
            return chunks;
        }
        int k = pat.charAt(i) == '!' ? i + 2 : i + 1;
        while (true) {
            k = k < j ? pat.indexOf('-', k) : -1;
            if (k < 0 || k >= j) {
                break;
            }
            chunks.add(pat.substring(i, k));
            i = k + 1;
            k = k + 3;
        }
        String chunk = pat.substring(i, j);
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        } else {
            chunks.set(chunks.size() - 1, chunks.get(chunks.size() - 1) + "-");
        }
        for (int m = chunks.size() - 1; m > 0; m--) {
            String prev = chunks.get(m - 1);
            String next = chunks.get(m);
            if (prev.charAt(prev.length() - 1) > next.charAt(0)) {
                chunks.set(m - 1, prev.substring(0, prev.length() - 1) + next.substring(1));
                chunks.remove(m);
            }
        }
        return chunks;
    }

    private static String literal(char c) {
        return c >= 128 || Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
