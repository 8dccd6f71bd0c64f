package io.jplay.playbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A role as loaded from {@code roles/<name>/}: its defaults, vars, tasks and handlers. */
public record Role(String name, Path path, Map<String, Object> defaults, Map<String, Object> vars,
        Map<String, Object> params, List<TaskNode> tasks, List<Task> handlers) {

    public Role {
        defaults = defaults == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defaults));
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        handlers = handlers == null ? List.of() : List.copyOf(handlers);
    }
}
