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

    /** A role for {@code include_role}: its dependencies, then itself, as blocks carrying the role. */
    List<Block> loadRole(String name, Path baseDir, String tasksFrom, Map<String, Object> params) throws Exception;
}
