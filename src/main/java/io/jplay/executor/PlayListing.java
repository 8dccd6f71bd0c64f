package io.jplay.executor;

import io.jplay.inventory.Host;
import io.jplay.output.RunListener;
import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Play;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import io.jplay.vars.PlayVars;
import io.jplay.vars.VariableManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One play as {@code --list-hosts}, {@code --list-tasks} and {@code --list-tags} show it, worked out as
 * ansible-playbook does: the play's name and {@code hosts} templated with its variables (prompts take their
 * defaults), the hosts narrowed by {@code --limit}, and the tasks its tag filter keeps. The tasks are worked
 * out only when asked, as Ansible does after printing the play's header: a tag with an undefined variable
 * throws {@link FatalRunError} then.
 *
 * @param name the play's name, or its host patterns joined by commas when it has none
 * @param patterns the play's host patterns, templated
 * @param tags the tags written on the play, not templated
 * @param hosts the hosts the play selects
 */
public record PlayListing(String name, List<String> patterns, List<String> tags, List<String> hosts,
        Tasks tasks) {

    /** A listed task: its name ({@code role : name}) or action, and its tags and those it inherits, templated. */
    public record Line(String name, List<String> tags) {
        public Line {
            tags = List.copyOf(tags);
        }
    }

    /** Works out the tasks of a listed play. */
    @FunctionalInterface
    public interface Tasks {
        List<Line> lines();
    }

    public PlayListing {
        patterns = List.copyOf(patterns);
        tags = List.copyOf(tags);
        hosts = List.copyOf(hosts);
    }

    /** The listing of {@code given}; an undefined variable in its {@code hosts} throws {@link FatalRunError}. */
    static PlayListing of(Play given, RunServices services, RunOptions options, VariableManager variables) {
        PlayPreparer preparer = new PlayPreparer(services, options, variables);
        Play play = new VarsPrompts(services.templater(), new RunListener() { }, Prompter.NONE, options.extraVars())
                .answer(given, preparer.playLevelVars(given));
        Map<String, Object> playLevel = preparer.playLevelVars(play);
        List<String> patterns = preparer.hostList(play, playLevel);
        String name = preparer.name(play, playLevel);
        List<Host> hosts = preparer.hosts(play, playLevel, new RunState(null));
        Tasks tasks = () -> {
            Map<String, Object> varsFiles = preparer.varsFiles(play, playLevel);
            PlayVars playVars = preparer.playVars(play, varsFiles, name, hosts, hosts);
            RoleScopes roles = RoleScopes.of(play);
            TaskTags tags = new TaskTags(services.templater(), variables.playVars(playVars, roles.defaults(), roles.vars()));
            return new Walk(tags, new TagFilter(options.tags(), options.skipTags())).play(play);
        };
        return new PlayListing(name, patterns, play.tags(), hosts.stream().map(Host::name).toList(), tasks);
    }

    /** The tasks of a play in the order they run, those the tag filter drops left out. */
    private record Walk(TaskTags tags, TagFilter filter) {
        List<Line> play(Play play) {
            List<Line> out = new ArrayList<>();
            List<TaskNode> all = new ArrayList<>(play.preTasks());
            all.addAll(play.roles());
            all.addAll(play.tasks());
            all.addAll(play.postTasks());
            walk(all, play.tags(), null, out);
            return out;
        }

        // as Ansible's listing, only a block's own tasks are shown, never its rescue or always sections
        private void walk(List<TaskNode> nodes, List<String> inherited, String role, List<Line> out) {
            for (TaskNode node : nodes) {
                List<String> written = new ArrayList<>(inherited);
                written.addAll(node.tags());
                if (node instanceof Block b) {
                    walk(b.block(), written, b.role() != null ? b.role().name() : role, out);
                    continue;
                }
                List<String> evaluated = tags.evaluate(written);
                boolean bareInclude = node instanceof Include inc && inc.kind().equals("include");
                if (bareInclude ? filter.skipOnly().selects(evaluated) : filter.selects(evaluated)) {
                    out.add(new Line(name(node, role), evaluated));
                }
            }
        }

        private static String name(TaskNode node, String role) {
            String name = node instanceof Task t ? t.name() : ((Include) node).name();
            if (name == null || name.isEmpty()) {
                return node instanceof Task t ? t.action() : ((Include) node).kind();
            }
            return role == null ? name : role + " : " + name;
        }
    }
}
