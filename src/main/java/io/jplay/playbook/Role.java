package io.jplay.playbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A role as loaded from {@code roles/<name>/}: its defaults, vars, tasks and handlers.
 *
 * @param parentPaths the directories of the roles that depend on this one, outermost first (empty for a
 *     role the play, or an include, names)
 * @param collection the collection ({@code namespace.name}) the role comes from, or {@code null}
 */
public record Role(String name, Path path, Map<String, Object> defaults, Map<String, Object> vars,
        Map<String, Object> params, List<TaskNode> tasks, List<Task> handlers, List<Path> parentPaths,
        String collection) {

    /** A standalone role (not from a collection). */
    public Role(String name, Path path, Map<String, Object> defaults, Map<String, Object> vars,
            Map<String, Object> params, List<TaskNode> tasks, List<Task> handlers, List<Path> parentPaths) {
        this(name, path, defaults, vars, params, tasks, handlers, parentPaths, null);
    }

    /** {@code role_name}: the name without its collection (a collection role's {@link #name} is its FQCN). */
    public String shortName() {
        return collection == null || !name.startsWith(collection + ".") ? name : name.substring(collection.length() + 1);
    }

    public Role {
        defaults = defaults == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defaults));
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        handlers = handlers == null ? List.of() : List.copyOf(handlers);
        parentPaths = parentPaths == null ? List.of() : List.copyOf(parentPaths);
    }
}
