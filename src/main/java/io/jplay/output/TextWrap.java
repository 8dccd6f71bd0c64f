package io.jplay.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code textwrap.wrap} with its default options (tabs expanded, every whitespace character
 * turned into a space, long words broken, breaks after hyphens inside words), which Ansible uses
 * for warnings and deprecations.
 */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> wrap(String text, int width, boolean dropWhitespace) {
        List<String> chunks = chunks(normalise(text));
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (next < chunks.size()) {
            if (dropWhitespace && isBlank(chunks.get(next)) && !lines.isEmpty()) {
                next++;
                continue;
            }
            StringBuilder line = new StringBuilder();
            List<String> parts = new ArrayList<>();
            while (next < chunks.size() && line.length() + chunks.get(next).length() <= width) {
                parts.add(chunks.get(next));
                line.append(chunks.get(next));
                next++;
            }
            if (next < chunks.size() && chunks.get(next).length() > width) {
                String chunk = chunks.get(next);
                int room = Math.max(1, width - line.length());
                int end = room;
                int hyphen = chunk.lastIndexOf('-', room - 1);
                if (hyphen > 0 && !chunk.substring(0, hyphen).chars().allMatch(c -> c == '-')) {
                    end = hyphen + 1;
                }
                parts.add(chunk.substring(0, end));
                chunks.set(next, chunk.substring(end));
            }
            if (dropWhitespace && !parts.isEmpty() && isBlank(parts.get(parts.size() - 1))) {
                parts.remove(parts.size() - 1);
            }
            if (!parts.isEmpty()) {
                lines.add(String.join("", parts));
            }
        }
        return lines;
    }

    private static String normalise(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int col = sb.length() - (sb.lastIndexOf("\n") + 1);
                sb.append(" ".repeat(8 - col % 8));
            } else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whitespace runs and words; a word splits after a hyphen between letters ({@code long-word}). */
    private static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (text.charAt(i) == ' ') {
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                out.add(text.substring(start, i));
                continue;
            }
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
                if (i < text.length() && isHyphenBreak(text, start, i)) {
                    break;
                }
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** A break is allowed right after {@code text[end-1] == '-'} when letters surround it. */
    private static boolean isHyphenBreak(String text, int start, int end) {
        if (text.charAt(end - 1) != '-' || end - 1 - start < 2) {
            return false;
        }
        boolean lettersBefore = Character.isLetter(text.charAt(end - 2)) && Character.isLetter(text.charAt(end - 3));
        return lettersBefore && end < text.length() && Character.isLetter(text.charAt(end));
    }

    private static boolean isBlank(String chunk) {
        return chunk.isBlank();
    }
}
