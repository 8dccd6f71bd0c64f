package io.jplay.playbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A role as loaded from {@code roles/<name>/}: its defaults, vars, tasks and handlers.
 *
 * @param parentPaths the directories of the roles that depend on this one, outermost first (empty for a
 *     role the play, or an include, names)
 */
public record Role(String name, Path path, Map<String, Object> defaults, Map<String, Object> vars,
        Map<String, Object> params, List<TaskNode> tasks, List<Task> handlers, List<Path> parentPaths) {

    public Role {
        defaults = defaults == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defaults));
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        handlers = handlers == null ? List.of() : List.copyOf(handlers);
        parentPaths = parentPaths == null ? List.of() : List.copyOf(parentPaths);
    }
}
