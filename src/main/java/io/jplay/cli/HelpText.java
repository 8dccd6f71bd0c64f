package io.jplay.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The usage line and {@code --help} text in the layout ansible-playbook's (and, in ad-hoc mode, ansible's)
 * argument parser prints: {@code usage: jplay [-h] [-e EXTRA_VARS] ... playbook [playbook ...]} wrapped
 * under the program name, then the options in Ansible's groups ({@code options:}, {@code Connection
 * Options:}, {@code Privilege Escalation Options:}), each group sorted by name, each option as
 * {@code -e EXTRA_VARS, --extra-vars EXTRA_VARS} with its help text from column 24, wrapped at 78 columns.
 */
final class HelpText {
    private static final int WIDTH = 78;
    private static final int HELP_COLUMN = 24;
    private static final String PROG = "jplay";

    /** Ansible's option groups after the general one: title, what the group is about, its options. */
    private record Group(String title, String about, Set<String> options) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Connection Options", "how, and as whom, jplay connects to the hosts",
                    Set.of("--private-key", "--ssh-common-args", "--ssh-extra-args", "-T", "-c", "-u")),
            new Group("Privilege Escalation Options", "which user tasks become on the hosts, and how",
                    Set.of("--become-method", "--become-user", "-b")));

    /** What the command line runs: playbooks, or in ad-hoc mode one module on a host pattern. */
    record Mode(String usage, String name, String help, String description) {
        static final Mode PLAYBOOK = new Mode("playbook [playbook ...]", "playbook", "Playbook(s) to run.",
                "Runs Ansible playbooks (jplay PLAYBOOK...) and ad-hoc modules (jplay [PATTERN] -m MODULE).");
        static final Mode AD_HOC = new Mode("pattern", "pattern", "Host pattern.",
                "Runs one module on the hosts a pattern selects, as a single task (jplay PATTERN -m MODULE -a ARGS).");
    }

    private final CommandSpec spec;
    private final Mode mode;

    HelpText(CommandSpec spec) {
        this(spec, Mode.PLAYBOOK);
    }

    HelpText(CommandSpec spec, Mode mode) {
        this.spec = spec;
        this.mode = mode;
    }

    /** The name of the positional argument, as a missing-argument error names it. */
    String positionalName() {
        return mode.name();
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
        out.append(line).append('\n').append(indent).append(mode.usage()).append('\n');
        return out.toString();
    }

    /** The whole {@code --help} text. */
    String help() {
        StringBuilder out = new StringBuilder(usage()).append('\n');
        out.append(String.join("\n", wrap(mode.description(), WIDTH))).append("\n\n");
        out.append("positional arguments:\n");
        entry(out, mode.name(), mode.help());
        out.append("\noptions:\n");
        List<OptionSpec> general = new ArrayList<>(spec.options());
        for (Group group : GROUPS) {
            general.removeIf(o -> group.options().contains(o.names()[0]));
        }
        options(out, general);
        for (Group group : GROUPS) {
            out.append('\n').append(group.title()).append(":\n  ").append(group.about()).append("\n\n");
            options(out, spec.options().stream().filter(o -> group.options().contains(o.names()[0])).toList());
        }
        return out.toString();
    }

    private static void options(StringBuilder out, List<OptionSpec> options) {
        List<OptionSpec> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparing(HelpText::sortKey));
        for (OptionSpec o : sorted) {
            List<String> names = new ArrayList<>();
            for (String n : o.names()) {
                names.add(invocation(n, o));
            }
            entry(out, String.join(", ", names), String.join(" ", o.description()));
        }
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
