package io.jplay.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the part of an Ansible error that points into a file: "The error appears to be in ...",
 * the offending line with the one before it, a caret, and Ansible's hints for common YAML mistakes.
 */
public final class AnsibleErrorText {

    private static final String POSITION = "The error appears to be in '%s': line %d, column %d, but may\n"
            + "be elsewhere in the file depending on the exact syntax problem.\n";

    /** The name Ansible gives data loaded from a string rather than a file ({@code -e '{...}'}). */
    public static final String IN_MEMORY = "<string>";

    private AnsibleErrorText() {
    }

    /** {@code message}, a blank line and the position details, as Ansible prints an error with a location. */
    public static String withLocation(String message, String file, int line, int column) {
        return message + "\n\n" + positionDetails(file, null, line, column);
    }

    /**
     * The position details for a 1-based line and column.
     *
     * @param text the file's content, or {@code null} to read {@code file} from disk; for {@link #IN_MEMORY}
     *     data only the position is given, as Ansible gives it
     */
    public static String positionDetails(String file, String text, int line, int column) {
        StringBuilder out = new StringBuilder(String.format(POSITION, file, line, column));
        if (file.equals(IN_MEMORY) || file.equals("<unicode>")) {
            // Ansible's names for data that came from no file (extra vars): no line is shown
            return out.toString();
        }
        List<String> lines;
        try {
            String content = text != null ? text : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            lines = content.lines().toList();
        } catch (IOException | RuntimeException e) {
            return out.append("\n(could not open file to display line)").toString();
        }
        if (lines.isEmpty() || line < 1) {
            return out.append("\n(specified line no longer in file, maybe it changed?)").toString();
        }
        int index = Math.min(line - 1, lines.size() - 1);
        while (index > 0 && lines.get(index).isBlank()) {
            index--;
        }
        String target = lines.get(index);
        String prev = index > 0 ? lines.get(index - 1) : "";
        if (target.isEmpty()) {
            return out.toString();
        }
        if (java.util.regex.Pattern.compile("\\w+(\\s+)?=(\\s+)?[\\w/-]+").matcher(prev).find()) {
            int eq = prev.stripTrailing().indexOf('=');
            out.setLength(0);
            out.append(String.format(POSITION, file, line - 1, eq + 1));
            out.append("\nThe offending line appears to be:\n\n").append(prev.stripTrailing()).append('\n')
                    .append(" ".repeat(Math.max(eq, 0))).append("^ here\n\n")
                    .append(YamlHints.YAML_AND_SHORTHAND);
        } else {
            out.append("\nThe offending line appears to be:\n\n").append(prev.stripTrailing()).append('\n')
                    .append(target.stripTrailing()).append('\n')
                    .append(" ".repeat(Math.max(column - 1, 0))).append("^ here\n");
        }
        out.append(YamlHints.forLine(target, column));
        return out.toString();
    }
}
