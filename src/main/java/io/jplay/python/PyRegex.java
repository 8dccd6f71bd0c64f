package io.jplay.python;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Python's {@code re.compile} on Java's regex engine: Python-only syntax ({@code (?P<name>},
 * {@code (?P=name)}, {@code \Z}) is translated, and syntax errors carry Python's {@code re.error}
 * text ({@code unterminated character set at position 0}).
 */
public final class PyRegex {
    private PyRegex() {
    }

    /** @throws IllegalArgumentException with Python's message when the pattern is invalid */
    public static Pattern compile(String pattern, int flags) {
        String java = pattern.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>").replace("\\Z", "\\z");
        try {
            return Pattern.compile(java, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(pythonMessage(pattern, e), e);
        }
    }

    private static String pythonMessage(String p, PatternSyntaxException e) {
        String d = e.getDescription();
        if (d.startsWith("Unclosed character class")) {
            return "unterminated character set at position " + lastUnclosed(p, '[', ']');
        }
        if (d.startsWith("Unclosed group")) {
            return "missing ), unterminated subpattern at position " + lastUnclosed(p, '(', ')');
        }
        if (d.startsWith("Dangling meta character")) {
            int i = Math.max(0, e.getIndex());
            return (i > 0 && "*+?}".indexOf(p.charAt(i - 1)) >= 0 ? "multiple repeat" : "nothing to repeat")
                    + " at position " + i;
        }
        if (d.startsWith("Unmatched closing ')'")) {
            return "unbalanced parenthesis at position " + p.indexOf(')');
        }
        if (d.startsWith("Illegal repetition range")) {
            return "min repeat greater than max repeat at position " + (p.lastIndexOf('{') + 1);
        }
        if (p.endsWith("\\")) {
            return "bad escape (end of pattern) at position " + (p.length() - 1);
        }
        return d.toLowerCase(java.util.Locale.ROOT) + " at position " + Math.max(0, e.getIndex());
    }

    /** Position of the opening character that is never closed (escapes skipped). */
    private static int lastUnclosed(String p, char open, char close) {
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == open && (open == '(' || stack.isEmpty())) {
                stack.push(i);
            } else if (c == close && !stack.isEmpty()) {
                stack.pop();
            }
        }
        return stack.isEmpty() ? 0 : stack.peekLast();
    }
}
