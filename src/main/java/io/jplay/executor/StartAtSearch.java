package io.jplay.executor;

import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import io.jplay.python.PyFnmatch;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --start-at-task}: the task of a play a run starts at, found as Ansible's play iterator finds it before the
 * play runs. It walks the play's static tree (pre_tasks, roles, tasks, post_tasks; a block's own tasks, then its
 * {@code always}, as nothing has failed yet) among the tasks the tags select, and takes the first whose name, or whose
 * full name ({@code role : name}, the action when unnamed), equals the pattern or matches it as an {@code fnmatch}
 * glob. What a dynamic include would bring is not there yet, so only the include itself can match.
 */
final class StartAtSearch {
    /** The tag selection of the run, asked of tasks and includes. */
    interface Selection {
        boolean task(TaskContext tc);

        boolean include(Include include, NodeScope outer);
    }

    private final String wanted;
    private final Pattern glob;
    private final Selection selection;
    private int passed;

    StartAtSearch(String wanted, Selection selection) {
        this.wanted = wanted;
        this.glob = PyFnmatch.compile(wanted);
        this.selection = selection;
    }

    /** Whether a task with this (raw) name and full name is the one asked for. */
    boolean matches(String name, String fullName) {
        return wanted.equals(name) || name != null && !name.isEmpty() && glob.matcher(name).matches()
                || wanted.equals(fullName) || glob.matcher(fullName).matches();
    }

    /** The first matching task or include among {@code nodes} (in order), or null. */
    TaskNode find(List<TaskNode> nodes, NodeScope scope) {
        for (TaskNode node : nodes) {
            TaskNode found = node instanceof Block block ? inBlock(block, scope) : matching(node, scope);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private TaskNode inBlock(Block block, NodeScope outer) {
        NodeScope scope = outer.enter(block);
        if (block.role() != null) {
            scope = scope.withRole(block.role());
        }
        TaskNode found = find(block.block(), scope);
        return found != null ? found : find(block.always(), scope);
    }

    private TaskNode matching(TaskNode node, NodeScope scope) {
        if (node instanceof Task task) {
            TaskContext tc = scope.taskContext(task, false);
            return selection.task(tc) ? candidate(node, task.name(), PlayRunner.rawName(tc)) : null;
        }
        if (node instanceof Include include) {
            return selection.include(include, scope) ? candidate(node, include.name(), PlayRunner.includeName(include, scope))
                    : null;
        }
        return null;
    }

    private TaskNode candidate(TaskNode node, String name, String fullName) {
        if (matches(name, fullName)) {
            return node;
        }
        passed++;
        return null;
    }

    /**
     * Whether the task found is the play's first: Ansible's iterator then stays on its fact-gathering block and runs
     * it as a task, gathering facts even where the play does not.
     */
    boolean foundFirst() {
        return passed == 0;
    }
}
