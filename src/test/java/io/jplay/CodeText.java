package io.jplay;

/** Java source with comments and string, text-block and char literals blanked out, line breaks kept. */
final class CodeText {
    private CodeText() {
    }

    static String withoutCommentsAndLiterals(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = blank(src, i, src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i), out);
            } else if (src.startsWith("/*", i)) {
                i = blank(src, i, end(src.indexOf("*/", i + 2), 2, src), out);
            } else if (src.startsWith("\"\"\"", i)) {
                i = blank(src, i, end(src.indexOf("\"\"\"", i + 3), 3, src), out);
            } else if (c == '"' || c == '\'') {
                i = blank(src, i, literalEnd(src, i, c), out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int end(int found, int length, String src) {
        return found < 0 ? src.length() : found + length;
    }

    private static int literalEnd(String src, int start, char quote) {
        int i = start + 1;
        while (i < src.length() && src.charAt(i) != quote && src.charAt(i) != '\n') {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, src.length());
    }

    private static int blank(String src, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(src.charAt(i) == '\n' ? '\n' : ' ');
        }
        return to;
    }
}
