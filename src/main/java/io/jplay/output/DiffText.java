package io.jplay.output;

import io.jplay.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text Ansible shows for a result's {@code diff} (its callbacks' {@code _get_diff}): notes about binary or
 * oversized files, a unified diff of {@code before}/{@code after} with 3 lines of context (mappings are
 * compared as sorted JSON), and {@code prepared} text as it is. Diff lines are coloured when enabled.
 */
final class DiffText {
    private final boolean color;
    private final int context;

    DiffText(boolean color, int context) {
        this.color = color;
        this.context = context;
    }

    String render(Object diffs) {
        List<?> list = diffs instanceof List<?> l ? l : List.of(diffs);
        StringBuilder ret = new StringBuilder();
        for (Object item : list) {
            if (item instanceof Map<?, ?> diff) {
                one(diff, ret);
            }
        }
        return ret.toString();
    }

    private void one(Map<?, ?> diff, StringBuilder ret) {
        if (diff.containsKey("dst_binary")) {
            ret.append("diff skipped: destination file appears to be binary\n");
        }
        if (diff.containsKey("src_binary")) {
            ret.append("diff skipped: source file appears to be binary\n");
        }
        if (diff.containsKey("dst_larger")) {
            ret.append("diff skipped: destination file size is greater than ").append(PythonText.str(diff.get("dst_larger")))
                    .append('\n');
        }
        if (diff.containsKey("src_larger")) {
            ret.append("diff skipped: source file size is greater than ").append(PythonText.str(diff.get("src_larger")))
                    .append('\n');
        }
        if (diff.containsKey("before") && diff.containsKey("after")) {
            String before = side(diff.get("before"));
            String after = side(diff.get("after"));
            String beforeHeader = diff.containsKey("before_header") ? "before: " + PythonText.str(diff.get("before_header"))
                    : "before";
            String afterHeader = diff.containsKey("after_header") ? "after: " + PythonText.str(diff.get("after_header"))
                    : "after";
            List<String> lines = UnifiedDiff.lines(withEndMarker(splitLines(before)), withEndMarker(splitLines(after)),
                    beforeHeader, afterHeader, context);
            for (String line : lines) {
                ret.append(paint(line));
            }
            if (!lines.isEmpty()) {
                ret.append('\n');
            }
        }
        if (diff.containsKey("prepared")) {
            ret.append(PythonText.str(diff.get("prepared")));
        }
    }

    private String paint(String line) {
        if (!color) {
            return line;
        }
        if (line.startsWith("+")) {
            return AnsiColor.OK.paint(line);
        }
        if (line.startsWith("-")) {
            return AnsiColor.ERROR.paint(line);
        }
        if (line.startsWith("@@")) {
            return AnsiColor.SKIP.paint(line);
        }
        return line;
    }

    private static String side(Object value) {
        if (value instanceof Map<?, ?>) {
            return JsonWriter.python().sortKeys(true).indent(4).write(value) + "\n";
        }
        return value == null ? "" : PythonText.str(value);
    }

    private static List<String> withEndMarker(List<String> lines) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n\\ No newline at end of file\n");
        }
        return lines;
    }

    /** Python's {@code str.splitlines(True)}. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                    || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (boundary) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
