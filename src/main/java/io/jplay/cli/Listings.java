package io.jplay.cli;

import io.jplay.executor.PlayListing;
import io.jplay.executor.PlaybookExecutor;
import io.jplay.playbook.Playbook;
import io.jplay.python.PyRepr;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code --list-hosts}, {@code --list-tasks} and {@code --list-tags}, byte for byte as ansible-playbook prints
 * them: every play is worked out first (an undefined host pattern ends the run before anything is printed),
 * then each play's header, hosts, tasks and tags.
 */
final class Listings {
    private final PrintStream out;
    private final boolean hosts;
    private final boolean tasks;
    private final boolean tags;

    Listings(PrintStream out, boolean hosts, boolean tasks, boolean tags) {
        this.out = out;
        this.hosts = hosts;
        this.tasks = tasks;
        this.tags = tags;
    }

    void print(List<String> names, List<Playbook> playbooks, PlaybookExecutor executor) {
        List<List<PlayListing>> listed = new ArrayList<>();
        for (Playbook playbook : playbooks) {
            listed.add(executor.listing(playbook));
        }
        for (int p = 0; p < playbooks.size(); p++) {
            out.print("\nplaybook: " + names.get(p) + "\n");
            List<PlayListing> plays = listed.get(p);
            for (int i = 0; i < plays.size(); i++) {
                printPlay(i + 1, plays.get(i));
            }
        }
    }

    private void printPlay(int number, PlayListing play) {
        StringBuilder msg = new StringBuilder("\n  play #").append(number).append(" (")
                .append(String.join(",", play.patterns())).append("): ").append(play.name())
                // Ansible joins a set here: with several play tags its order changes from run to run
                .append("\tTAGS: [").append(String.join(",", new TreeSet<>(play.tags()))).append(']');
        if (hosts) {
            msg.append("\n    pattern: ").append(PyRepr.repr(play.patterns()))
                    .append("\n    hosts (").append(play.hosts().size()).append("):");
            play.hosts().forEach(h -> msg.append("\n      ").append(h));
        }
        out.print(msg.append('\n'));
        out.flush();
        if (!tasks && !tags) {
            return;
        }
        StringBuilder taskMsg = new StringBuilder(tasks ? "    tasks:\n" : "");
        TreeSet<String> all = new TreeSet<>(play.tags());
        for (PlayListing.Line line : play.tasks().lines()) {
            all.addAll(line.tags());
            if (tasks) {
                TreeSet<String> own = new TreeSet<>(play.tags());
                own.addAll(line.tags());
                taskMsg.append("      ").append(line.name()).append("\tTAGS: [").append(String.join(", ", own))
                        .append("]\n");
            }
        }
        if (tags) {
            taskMsg.append("      TASK TAGS: [").append(String.join(", ", all)).append("]\n");
        }
        // Ansible's display adds a line break only to a message that does not end with one
        out.print(taskMsg);
    }
}
