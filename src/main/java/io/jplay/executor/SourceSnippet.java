package io.jplay.executor;

import io.jplay.playbook.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Ansible's pointer to where an error was written: "The error appears to be in 'f': line L,
 * column C, but may be elsewhere ..." followed by the offending line and a caret.
 */
final class SourceSnippet {
    private SourceSnippet() {
    }

    static String describe(SourceLocation location) {
        if (location == null || location.line() <= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("\n\nThe error appears to be in '").append(location.file()).append("': line ")
                .append(location.line()).append(", column ").append(location.column())
                .append(", but may\nbe elsewhere in the file depending on the exact syntax problem.\n");
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(location.file()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return sb.toString();
        }
        int index = location.line() - 1;
        if (index >= lines.size()) {
            return sb.toString();
        }
        sb.append("\nThe offending line appears to be:\n\n");
        if (index > 0) {
            sb.append(lines.get(index - 1)).append('\n');
        }
        sb.append(lines.get(index)).append('\n');
        sb.append(" ".repeat(Math.max(0, location.column() - 1))).append("^ here\n");
        return sb.toString();
    }
}
