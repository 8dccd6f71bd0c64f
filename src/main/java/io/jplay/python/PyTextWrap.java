package io.jplay.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code textwrap.wrap(text, width, expand_tabs=False, replace_whitespace=False, break_long_words,
 * break_on_hyphens)}, as Jinja2's {@code wordwrap} calls it: the text cut into chunks (runs of whitespace, words,
 * with {@code break_on_hyphens} also the parts of hyphenated words), lines filled with whole chunks, whitespace
 * dropped where a line ends or (after the first) begins, and a chunk longer than the width broken to fill the line.
 */
public final class PyTextWrap {
    private static final String WS = "[\\t\\n\\x0b\\x0c\\r ]";
    private static final String WORD_PUNCT = "[\\w!\"'&.,?]";
    private static final String LETTER = "[^\\d\\W]";
    private static final Pattern WORDSEP = Pattern.compile(WS + "+"
            + "|(?<=" + WORD_PUNCT + ")-{2,}(?=\\w)"
            + "|[^\\t\\n\\x0b\\x0c\\r ]+?(?:-(?:(?<=" + LETTER + "{2}-)|(?<=" + LETTER + "-" + LETTER + "-))"
            + "(?=" + LETTER + "-?" + LETTER + ")|(?=" + WS + "|\\z)|(?<=" + WORD_PUNCT + ")(?=-{2,}\\w))",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORDSEP_SIMPLE = Pattern.compile(WS + "+|[^\\t\\n\\x0b\\x0c\\r ]+");

    private PyTextWrap() {
    }

    /**
     * The lines of {@code text} at most {@code width} long where its words allow.
     *
     * @throws IllegalArgumentException Python's {@code ValueError} for a width below 1
     */
    public static List<String> wrap(String text, int width, boolean breakLongWords, boolean breakOnHyphens) {
        if (width <= 0) {
            throw new IllegalArgumentException("invalid width " + width + " (must be > 0)");
        }
        List<String> chunks = chunks(text, breakOnHyphens ? WORDSEP : WORDSEP_SIMPLE);
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (next < chunks.size()) {
            List<String> line = new ArrayList<>();
            int length = 0;
            if (chunks.get(next).isBlank() && !lines.isEmpty()) {
                next++;
            }
            while (next < chunks.size() && length + chunks.get(next).length() <= width) {
                length += chunks.get(next).length();
                line.add(chunks.get(next++));
            }
            if (next < chunks.size() && chunks.get(next).length() > width) {
                String chunk = chunks.get(next);
                if (breakLongWords) {
                    int spaceLeft = Math.max(width - length, 1);
                    int end = spaceLeft;
                    int hyphen = breakOnHyphens && chunk.length() > spaceLeft ? chunk.lastIndexOf('-', spaceLeft - 1) : -1;
                    if (hyphen > 0 && !chunk.substring(0, hyphen).matches("-*")) {
                        end = hyphen + 1;
                    }
                    line.add(chunk.substring(0, end));
                    chunks.set(next, chunk.substring(end));
                } else if (line.isEmpty()) {
                    line.add(chunk);
                    next++;
                }
            }
            if (!line.isEmpty() && line.get(line.size() - 1).isBlank()) {
                line.remove(line.size() - 1);
            }
            if (!line.isEmpty()) {
                lines.add(String.join("", line));
            }
        }
        return lines;
    }

    private static List<String> chunks(String text, Pattern separator) {
        List<String> chunks = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                chunks.add(text.substring(at, m.start()));
            }
            if (m.end() > m.start()) {
                chunks.add(m.group());
            }
            at = m.end();
        }
        if (at < text.length()) {
            chunks.add(text.substring(at));
        }
        return chunks;
    }
}
