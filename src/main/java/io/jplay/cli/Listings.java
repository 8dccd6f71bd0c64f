package io.jplay.cli;

import io.jplay.inventory.Host;
import io.jplay.inventory.Inventory;
import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Play;
import io.jplay.playbook.Playbook;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code --list-hosts}, {@code --list-tasks} and {@code --list-tags}, laid out as ansible-playbook does. */
final class Listings {
    private final Session session;
    private final Inventory inventory;
    private final PrintStream out;

    Listings(Session session, Inventory inventory) {
        this.session = session;
        this.inventory = inventory;
        this.out = session.terminal.out();
    }

    void print(List<String> names, List<Playbook> playbooks) {
        for (int p = 0; p < playbooks.size(); p++) {
            out.println();
            out.println("playbook: " + names.get(p));
            List<Play> plays = playbooks.get(p).plays();
            for (int i = 0; i < plays.size(); i++) {
                printPlay(i + 1, plays.get(i));
            }
        }
    }

    private void printPlay(int number, Play play) {
        String pattern = pattern(play);
        String name = play.name() == null ? pattern : play.name();
        out.println();
        out.println("  play #" + number + " (" + pattern + "): " + name + "\tTAGS: " + tagList(play.tags()));
        JplayCommand cmd = session.cmd;
        if (cmd.listHosts) {
            List<Host> hosts = inventory.select(pattern);
            if (session.options.limit() != null) {
                Set<String> allowed = new LinkedHashSet<>();
                inventory.select(session.options.limit()).forEach(h -> allowed.add(h.name()));
                hosts = hosts.stream().filter(h -> allowed.contains(h.name())).toList();
            }
            out.println("    pattern: " + pyList(List.of(pattern.split(","))));
            out.println("    hosts (" + hosts.size() + "):");
            for (Host h : hosts) {
                out.println("      " + h.name());
            }
        }
        if (cmd.listTasks) {
            out.println("    tasks:");
            for (TaskLine t : tasks(play)) {
                out.println("      " + t.name + "\tTAGS: " + tagList(t.tags));
            }
        }
        if (cmd.listTags) {
            Set<String> all = new TreeSet<>(play.tags());
            for (TaskLine t : tasks(play)) {
                all.addAll(t.tags);
            }
            out.println("      TASK TAGS: " + tagList(new ArrayList<>(all)));
        }
    }

    private record TaskLine(String name, List<String> tags) {
    }

    private List<TaskLine> tasks(Play play) {
        List<TaskLine> lines = new ArrayList<>();
        List<TaskNode> all = new ArrayList<>(play.preTasks());
        all.addAll(play.roles());
        all.addAll(play.tasks());
        all.addAll(play.postTasks());
        collect(all, new ArrayList<>(play.tags()), null, lines);
        return lines;
    }

    private void collect(List<TaskNode> nodes, List<String> inherited, String role, List<TaskLine> lines) {
        for (TaskNode node : nodes) {
            List<String> tags = new ArrayList<>(inherited);
            tags.addAll(node.tags());
            if (node instanceof Task t) {
                if (t.module().equals("meta")) {
                    continue;
                }
                String name = t.name() == null ? t.action() : t.name();
                lines.add(new TaskLine(role == null ? name : role + " : " + name, new ArrayList<>(new TreeSet<>(tags))));
            } else if (node instanceof Block b) {
                String r = b.role() != null ? b.role().name() : role;
                collect(b.block(), tags, r, lines);
                collect(b.rescue(), tags, r, lines);
                collect(b.always(), tags, r, lines);
            } else if (node instanceof Include inc) {
                String name = inc.name() == null ? inc.kind() : inc.name();
                lines.add(new TaskLine(role == null ? name : role + " : " + name, new ArrayList<>(new TreeSet<>(tags))));
            }
        }
    }

    private static String pattern(Play play) {
        Object hosts = play.hosts();
        if (hosts instanceof List<?> l) {
            return String.join(",", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(hosts);
    }

    private static String tagList(List<String> tags) {
        return pyList(new ArrayList<>(new TreeSet<>(tags)));
    }

    private static String pyList(List<String> items) {
        List<String> quoted = new ArrayList<>();
        for (String s : items) {
            quoted.add("'" + s + "'");
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
