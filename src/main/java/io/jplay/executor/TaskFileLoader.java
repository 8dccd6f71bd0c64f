package io.jplay.executor;

import io.jplay.playbook.Block;
import io.jplay.playbook.TaskNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads what dynamic includes name while a play runs. */
public interface TaskFileLoader {

    /** The tasks of an {@code include_tasks} file. */
    List<TaskNode> loadTasks(Path file) throws Exception;

    /** The tasks of an {@code include_tasks} file, inheriting the include's {@code collections:}. */
    default List<TaskNode> loadTasks(Path file, List<String> collections) throws Exception {
        return loadTasks(file);
    }

    /**
     * {@code apply:} of an {@code include_tasks}/{@code include_role}: the included nodes inside a block with
     * those keywords, as Ansible makes {@code apply} the parent block of what it includes.
     */
    default Block applied(Map<String, Object> apply, List<TaskNode> nodes) throws Exception {
        throw new UnsupportedOperationException("apply");
    }

    /**
     * A role for {@code include_role}: its dependencies, then itself, as blocks carrying the role; searched in
     * {@code collections} (the including task's, a collection role's own first) before the role paths; tasks made
     * without a source (the argument validation task) are placed at {@code playAt}, the play's start, as Ansible's;
     * the dependencies whose role key {@code applied} holds (roles already applied on the including hosts) are
     * left out, and {@code applied} gains the keys of the roles loaded.
     */
    List<Block> loadRole(String name, Path baseDir, String tasksFrom, Map<String, Object> params,
            List<String> collections, io.jplay.playbook.SourceLocation playAt, java.util.Set<String> applied)
            throws Exception;
}
