package io.jplay.cli;

import java.util.regex.Pattern;

/**
 * The one documented rule for comparing jplay's output with ansible-playbook's: timestamps,
 * durations, async job ids and temp paths differ from run to run and are replaced by placeholders,
 * and Ansible's {@code discovered_interpreter_python} fact (jplay's targets need no Python) is
 * dropped; everything else must match byte for byte.
 */
final class OutputNormaliser {
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}");
    private static final Pattern DELTA = Pattern.compile("\\d+:\\d{2}:\\d{2}\\.\\d{6}");
    private static final Pattern HOST_BLOCK_START = Pattern.compile("\\S+ \\| [A-Z]+");
    private static final Pattern JID = Pattern.compile("j\\d+\\.\\d+");
    /** A documented improvement: targets need no Python, so jplay reports no discovered interpreter. */
    private static final Pattern INTERPRETER = Pattern.compile(
            "[\"']ansible_facts[\"']: \\{[\"']discovered_interpreter_python[\"']: [\"'][^\"']*[\"']}, ");

    private OutputNormaliser() {
    }

    /**
     * For runs on many hosts: ansible-playbook prints a task's host lines in completion order, jplay
     * in inventory order (a documented improvement), so the lines after each banner are compared
     * sorted.
     */
    static String normaliseUnordered(String text) {
        String[] blocks = normalise(text).split("\n\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.length; i++) {
            String[] lines = blocks[i].split("\n", -1);
            for (int j = 0; j < lines.length; j++) {
                lines[j] = sortIncludedHosts(lines[j]);
            }
            if (lines.length > 2 && lines[0].endsWith("*") && !lines[0].startsWith("PLAY RECAP")) {
                java.util.Arrays.sort(lines, 1, lines.length);
            }
            out.append(String.join("\n", lines));
            if (i < blocks.length - 1) {
                out.append("\n\n");
            }
        }
        return out.toString();
    }

    /**
     * For ad-hoc runs on several hosts: {@code ansible} prints each host's {@code host | STATUS => ...} block in
     * completion order, jplay in inventory order, so the blocks are compared sorted.
     */
    static String normaliseAdHocUnordered(String text) {
        java.util.List<String> blocks = new java.util.ArrayList<>();
        for (String line : normalise(text).split("\n")) {
            if (blocks.isEmpty() || HOST_BLOCK_START.matcher(line).lookingAt()) {
                blocks.add(line);
            } else {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + "\n" + line);
            }
        }
        java.util.Collections.sort(blocks);
        return String.join("\n", blocks);
    }

    /** {@code included: FILE for h2, h1 => (item=x)}: the host list is in completion order too. */
    private static String sortIncludedHosts(String line) {
        if (!line.startsWith("included: ")) {
            return line;
        }
        int from = line.indexOf(" for ");
        if (from < 0) {
            return line;
        }
        int to = line.indexOf(" => ", from);
        String hosts = to < 0 ? line.substring(from + 5) : line.substring(from + 5, to);
        String[] names = hosts.split(", ");
        java.util.Arrays.sort(names);
        return line.substring(0, from + 5) + String.join(", ", names) + (to < 0 ? "" : line.substring(to));
    }

    static String normalise(String text) {
        String t = TIMESTAMP.matcher(text).replaceAll("<time>");
        t = DELTA.matcher(t).replaceAll("<delta>");
        t = JID.matcher(t).replaceAll("<jid>");
        t = INTERPRETER.matcher(t).replaceAll("");
        return t;
    }
}
