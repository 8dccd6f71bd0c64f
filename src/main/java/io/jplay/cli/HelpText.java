package io.jplay.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The usage line and {@code --help} text in the layout ansible-playbook's argument parser prints:
 * {@code usage: jplay [-h] [-e EXTRA_VARS] ... playbook [playbook ...]} wrapped under the program name,
 * then the options sorted by name, each as {@code -e EXTRA_VARS, --extra-vars EXTRA_VARS} with its
 * help text from column 24, wrapped at 78 columns.
 */
final class HelpText {
    private static final int WIDTH = 78;
    private static final int HELP_COLUMN = 24;
    private static final String PROG = "jplay";
    private static final String POSITIONAL = "playbook [playbook ...]";

    private final CommandSpec spec;

    HelpText(CommandSpec spec) {
        this.spec = spec;
    }

    /** The {@code usage:} lines, ending with a newline. */
    String usage() {
        String prefix = "usage: " + PROG + " ";
        List<String> parts = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            parts.add("[" + invocation(o.names()[0], o) + "]");
        }
        String indent = " ".repeat(prefix.length());
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(prefix);
        boolean first = true;
        for (String part : parts) {
            if (!first && line.length() + 1 + part.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
                first = true;
            }
            line.append(first ? "" : " ").append(part);
            first = false;
        }
        out.append(line).append('\n').append(indent).append(POSITIONAL).append('\n');
        return out.toString();
    }

    /** The whole {@code --help} text. */
    String help() {
        StringBuilder out = new StringBuilder(usage()).append('\n');
        out.append(String.join("\n", wrap(spec.usageMessage().description()[0], WIDTH))).append("\n\n");
        out.append("positional arguments:\n");
        entry(out, "playbook", "Playbook(s), or in ad-hoc mode the host pattern.");
        out.append("\noptions:\n");
        List<OptionSpec> sorted = new ArrayList<>(spec.options());
        sorted.sort(Comparator.comparing(HelpText::sortKey));
        for (OptionSpec o : sorted) {
            List<String> names = new ArrayList<>();
            for (String n : o.names()) {
                names.add(invocation(n, o));
            }
            entry(out, String.join(", ", names), String.join(" ", o.description()));
        }
        return out.toString();
    }

    private static String sortKey(OptionSpec o) {
        return String.join("\u0000", o.names());
    }

    private static String invocation(String name, OptionSpec o) {
        return o.arity().max() == 0 ? name : name + " " + o.paramLabel();
    }

    private static void entry(StringBuilder out, String header, String help) {
        String lead = "  " + header;
        List<String> lines = wrap(help, WIDTH - HELP_COLUMN);
        if (lead.length() <= HELP_COLUMN - 2) {
            out.append(String.format("%-" + HELP_COLUMN + "s", lead)).append(lines.get(0)).append('\n');
            lines = lines.subList(1, lines.size());
        } else {
            out.append(lead).append('\n');
        }
        for (String l : lines) {
            out.append(" ".repeat(HELP_COLUMN)).append(l).append('\n');
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
