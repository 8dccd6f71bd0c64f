package io.jplay.slice;

import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Keywords;
import io.jplay.playbook.Play;
import io.jplay.playbook.Playbook;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what makes a run's result depend on hosts outside one slice, so that {@code --slice} can refuse
 * it. A slice runs each play on its own hosts only, so everything that looks across hosts would give
 * another answer than the unsliced run (the rules are listed in docs/scale-out.md):
 * <ol>
 * <li>{@code run_once}: would run once per slice instead of once;</li>
 * <li>{@code serial}: batches would be cut from the slice's hosts, not the play's;</li>
 * <li>{@code any_errors_fatal} and {@code max_fail_percentage}: decided over the slice's hosts;</li>
 * <li>{@code hostvars} of another host than {@code inventory_hostname}, and the play's host lists
 *     ({@code ansible_play_hosts}, {@code play_hosts}, {@code ansible_play_batch},
 *     {@code ansible_play_hosts_all}): other slices' facts are not there, the lists hold the slice;</li>
 * <li>{@code delegate_to} another host when the run's hosts are spread over more than one slice: every
 *     slice with hosts would work on it, not only the one holding it (a template is refused too, as it
 *     cannot be checked before the run; the controller itself, {@code localhost}, is each slice's own);</li>
 * <li>{@code add_host} and {@code group_by} in a play that later plays follow: the hosts and groups
 *     they make exist only in the slice that made them;</li>
 * <li>more than one playbook: the next one runs only if nothing failed anywhere in the one before.</li>
 * </ol>
 * Tasks of {@code include_tasks}/{@code include_role} are loaded while the run goes and are not
 * checked; imports and roles are. The verdict is the same in every slice of a run, so that a refused
 * run is refused by all of its pods and none of them works on its hosts.
 */
public final class SliceSafety {
    private static final Pattern HOSTVARS = Pattern.compile("\\bhostvars\\b");
    private static final Pattern OWN_HOSTVARS = Pattern.compile(
            "\\s*(\\[\\s*inventory_hostname\\s*\\]|\\.inventory_hostname\\b)");
    private static final Pattern PLAY_HOST_LISTS = Pattern.compile(
            "\\b(ansible_play_hosts_all|ansible_play_hosts|ansible_play_batch|play_hosts)\\b");
    private static final Set<String> CONTROLLER = Set.of("localhost", "127.0.0.1", "::1");
    private static final Set<String> INVENTORY_CHANGES = Set.of("add_host", "group_by");

    private final boolean spread;
    private final List<String> problems = new ArrayList<>();
    private String where;

    private SliceSafety(boolean spread) {
        this.spread = spread;
    }

    /**
     * Why these playbooks cannot be sliced; empty when they can.
     *
     * @param spread whether the run's hosts fall in more than one slice (so that more than one process
     *               works on them); when they do not, one slice is the whole run and delegation is safe
     */
    public static List<String> problems(List<Playbook> playbooks, boolean spread) {
        SliceSafety check = new SliceSafety(spread);
        if (playbooks.size() > 1) {
            check.problems.add("more than one playbook: the next one runs only if no host failed in the one before,"
                    + " which a slice cannot know of the others");
        }
        for (Playbook playbook : playbooks) {
            List<Play> plays = playbook.plays();
            for (int i = 0; i < plays.size(); i++) {
                check.play(plays.get(i), i < plays.size() - 1);
            }
        }
        return List.copyOf(check.problems);
    }

    private void play(Play play, boolean laterPlays) {
        where = "play '" + (play.name() == null ? (play.hosts() instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                : String.valueOf(play.hosts())) : play.name()) + "'"
                + at(play.location().path());
        if (play.serial() != null) {
            problems.add(where + " sets serial: its batches would be cut from each slice's hosts");
        }
        if (play.maxFailPercentage() != null) {
            problems.add(where + " sets max_fail_percentage: it would count the failures of each slice alone");
        }
        keywords(play.keywords(), where);
        text(play.vars(), where);
        List<TaskNode> all = new ArrayList<>(play.preTasks());
        all.addAll(play.roles());
        all.addAll(play.tasks());
        all.addAll(play.postTasks());
        all.addAll(play.handlers());
        for (TaskNode node : all) {
            node(node, laterPlays);
        }
    }

    private void node(TaskNode node, boolean laterPlays) {
        String at = where + ", " + describe(node);
        keywords(node.keywords(), at);
        text(node.when(), at);
        text(node.vars(), at);
        if (node instanceof Task t) {
            task(t, at, laterPlays);
        } else if (node instanceof Block b) {
            for (List<TaskNode> part : List.of(b.block(), b.rescue(), b.always())) {
                part.forEach(n -> node(n, laterPlays));
            }
            if (b.role() != null) {
                b.role().handlers().forEach(h -> node(h, laterPlays));
            }
        } else if (node instanceof Include i) {
            text(i.target(), at);
            text(i.args(), at);
            text(i.loop(), at);
        }
    }

    private void task(Task t, String at, boolean laterPlays) {
        String action = t.action() == null ? "" : t.action().replaceFirst("^ansible\\.(builtin|legacy)\\.", "");
        if (laterPlays && INVENTORY_CHANGES.contains(action)) {
            problems.add(at + " uses " + action + " and later plays follow: the hosts and groups it makes exist"
                    + " only in its own slice");
        }
        text(t.args(), at);
        text(t.loop(), at);
        text(List.of(nonNull(t.changedWhen()), nonNull(t.failedWhen()), nonNull(t.until())), at);
    }

    private static Object nonNull(Object o) {
        return o == null ? "" : o;
    }

    private void keywords(Keywords k, String at) {
        if (k.runOnce() != null && !Boolean.FALSE.equals(k.runOnce()) && !"false".equalsIgnoreCase(
                String.valueOf(k.runOnce()).trim())) {
            problems.add(at + " uses run_once: it would run once in every slice");
        }
        if (k.anyErrorsFatal() != null && !Boolean.FALSE.equals(k.anyErrorsFatal())) {
            problems.add(at + " sets any_errors_fatal: a failure would stop only its own slice");
        }
        if (k.delegateTo() != null) {
            delegate(String.valueOf(k.delegateTo()).trim(), at);
        }
    }

    private void delegate(String target, String at) {
        boolean template = target.contains("{{") || target.contains("{%");
        if (target.matches("\\{\\{\\s*inventory_hostname\\s*}}") || CONTROLLER.contains(target)
                || !spread) {
            return;
        }
        // refused in every slice, also the one holding the target, so that all pods of a run agree
        problems.add(at + (template ? " delegates to '" + target + "', which cannot be checked before the run"
                : " delegates to " + target + ", which every slice would work on, not only the one holding it"));
    }

    private void text(Object value, String at) {
        if (value instanceof String s) {
            Matcher m = HOSTVARS.matcher(s);
            while (m.find()) {
                if (!OWN_HOSTVARS.matcher(s).region(m.end(), s.length()).lookingAt()) {
                    problems.add(at + " reads hostvars of other hosts, which live in other slices");
                    return;
                }
            }
            Matcher lists = PLAY_HOST_LISTS.matcher(s);
            if (lists.find()) {
                problems.add(at + " reads " + lists.group(1) + ", which would hold only the slice's hosts");
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                text(e.getKey(), at);
                text(e.getValue(), at);
            }
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                text(item, at);
            }
        }
    }

    private static String describe(TaskNode node) {
        String name;
        if (node instanceof Task t) {
            name = t.name() != null ? t.name() : t.action();
        } else if (node instanceof Block b) {
            name = b.name() != null ? b.name() : "block";
        } else {
            Include i = (Include) node;
            name = i.name() != null ? i.name() : i.kind();
        }
        return "task '" + name + "'" + at(node.location().path());
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : " (" + path + ")";
    }
}
