package io.jplay.executor;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.Role;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import io.jplay.vars.VarsScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the nodes of a task list inherit from the blocks, roles and includes around them. */
record NodeScope(Keywords keywords, List<Object> conditions, List<String> tags, VarsScope vars, boolean rescuable,
        Role role, Path baseDir) {

    static NodeScope ofPlay(Keywords playKeywords, List<String> playTags, Path baseDir) {
        return new NodeScope(playKeywords, List.of(), playTags, VarsScope.EMPTY, false, null, baseDir);
    }

    /** The scope inside {@code node}: its keywords over ours, its conditions and tags after ours. */
    NodeScope enter(TaskNode node) {
        return new NodeScope(node.keywords().inheritFrom(keywords), concat(conditions, node.when()),
                concat(tags, node.tags()), vars.withBlockVars(node.vars()), rescuable, role, baseDir);
    }

    NodeScope withRole(Role r) {
        return new NodeScope(keywords, conditions, tags, vars.withRole(r.defaults(), r.vars(), r.params()), rescuable,
                r, r.path() == null ? baseDir : r.path());
    }

    NodeScope rescuable(boolean value) {
        return new NodeScope(keywords, conditions, tags, vars, value, role, baseDir);
    }

    NodeScope withParams(Map<String, Object> params) {
        return new NodeScope(keywords, conditions, tags, vars.withParams(params), rescuable, role, baseDir);
    }

    NodeScope withBaseDir(Path dir) {
        return new NodeScope(keywords, conditions, tags, vars, rescuable, role, dir);
    }

    TaskContext taskContext(Task task, boolean handler) {
        return new TaskContext(task, task.keywords().inheritFrom(keywords), concat(conditions, task.when()),
                concat(tags, task.tags()), vars.withTaskVars(task.vars()), rescuable, handler, role, baseDir);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
