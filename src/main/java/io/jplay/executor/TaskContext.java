package io.jplay.executor;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.Role;
import io.jplay.playbook.Task;
import io.jplay.vars.VarsScope;
import java.nio.file.Path;
import java.util.List;

/**
 * A task as it runs: the task plus what it inherits from its blocks, roles, includes and play.
 *
 * @param keywords the task's keywords with unset ones taken from its blocks and play
 * @param conditions the {@code when} conditions of the enclosing blocks and includes, then the task's
 * @param tags the tags of the enclosing blocks, role and play, plus the task's
 * @param rescuable whether an enclosing block has a {@code rescue} section (a failure is then rescued)
 * @param recovers whether an enclosing block still has a {@code rescue} or {@code always} section to run
 *     after a failure here
 * @param role the innermost role, or {@code null}
 * @param baseDir the directory relative paths of the task resolve against
 */
record TaskContext(Task task, Keywords keywords, List<Object> conditions, List<String> tags, VarsScope scope,
        boolean rescuable, boolean recovers, boolean handler, Role role, Path baseDir) {

    TaskContext {
        conditions = List.copyOf(conditions);
        tags = List.copyOf(tags);
    }

    /** The same context running {@code other} (the task with its templated action resolved). */
    TaskContext withTask(Task other) {
        return new TaskContext(other, keywords, conditions, tags, scope, rescuable, recovers, handler, role, baseDir);
    }
}
