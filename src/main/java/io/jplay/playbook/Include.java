package io.jplay.playbook;

import java.util.List;
import java.util.Map;

/**
 * A dynamic include, resolved while the play runs: {@code include_tasks} (file) or
 * {@code include_role} (role name). Static {@code import_tasks}/{@code import_role} are expanded
 * by the parser into {@link Block}s instead.
 *
 * @param kind {@code include_tasks} or {@code include_role}
 * @param target the file or role name, possibly a template
 * @param args the rest of the include's arguments ({@code apply}, {@code tasks_from}, ...)
 * @param baseDir the directory a relative file is resolved against
 * @param collections the {@code collections:} in effect, which an included task file's tasks inherit
 * @param action the action as written ({@code ansible.builtin.include_tasks}...), which results report
 */
public record Include(
        String kind,
        String name,
        Object target,
        Map<String, Object> args,
        Keywords keywords,
        List<Object> when,
        Object loop,
        String loopKind,
        LoopControl loopControl,
        Map<String, Object> vars,
        List<String> tags,
        java.nio.file.Path baseDir,
        SourceLocation location,
        List<String> collections,
        String action) implements TaskNode {

    public Include {
        args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        keywords = keywords == null ? Keywords.NONE : keywords;
        when = when == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(when));
        loopControl = loopControl == null ? LoopControl.DEFAULT : loopControl;
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        tags = tags == null ? List.of() : List.copyOf(tags);
        location = location == null ? SourceLocation.UNKNOWN : location;
        action = action == null ? kind : action;
        collections = collections == null ? List.of() : List.copyOf(collections);
    }

    /** An include outside any {@code collections:} keyword. */
    public Include(String kind, String name, Object target, Map<String, Object> args, Keywords keywords,
            List<Object> when, Object loop, String loopKind, LoopControl loopControl, Map<String, Object> vars,
            List<String> tags, java.nio.file.Path baseDir, SourceLocation location) {
        this(kind, name, target, args, keywords, when, loop, loopKind, loopControl, vars, tags, baseDir, location,
                List.of(), kind);
    }
}
