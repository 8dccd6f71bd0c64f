package io.jplay.vars;

import java.util.List;
import java.util.Map;

/**
 * The task-level variable layers around one task: the roles it belongs to (outermost first), the
 * vars of its enclosing blocks (outermost first), its own vars, include parameters, and the task's
 * special variables ({@code role_path}, {@code ansible_search_path}...), which win over everything.
 */
public record VarsScope(List<Map<String, Object>> roleDefaults, List<Map<String, Object>> roleVars,
        List<Map<String, Object>> blockVars, Map<String, Object> taskVars, List<Map<String, Object>> params,
        Map<String, Object> special) {

    public static final VarsScope EMPTY = new VarsScope(List.of(), List.of(), List.of(), Map.of(), List.of(), Map.of());

    public VarsScope(List<Map<String, Object>> roleDefaults, List<Map<String, Object>> roleVars,
            List<Map<String, Object>> blockVars, Map<String, Object> taskVars, List<Map<String, Object>> params) {
        this(roleDefaults, roleVars, blockVars, taskVars, params, Map.of());
    }

    public VarsScope {
        roleDefaults = List.copyOf(roleDefaults);
        roleVars = List.copyOf(roleVars);
        blockVars = List.copyOf(blockVars);
        taskVars = taskVars == null ? Map.of() : taskVars;
        params = List.copyOf(params);
        special = special == null ? Map.of() : special;
    }

    public VarsScope withBlockVars(Map<String, Object> vars) {
        if (vars.isEmpty()) {
            return this;
        }
        return new VarsScope(roleDefaults, roleVars, append(blockVars, vars), taskVars, params, special);
    }

    public VarsScope withRole(Map<String, Object> defaults, Map<String, Object> vars, Map<String, Object> roleParams) {
        return new VarsScope(append(roleDefaults, defaults), append(roleVars, vars), blockVars, taskVars,
                roleParams.isEmpty() ? params : append(params, roleParams), special);
    }

    public VarsScope withTaskVars(Map<String, Object> vars) {
        return new VarsScope(roleDefaults, roleVars, blockVars, vars, params, special);
    }

    /** The task's special variables (they take the place of any given before). */
    public VarsScope withSpecial(Map<String, Object> vars) {
        return new VarsScope(roleDefaults, roleVars, blockVars, taskVars, params, vars);
    }

    public VarsScope withParams(Map<String, Object> more) {
        if (more.isEmpty()) {
            return this;
        }
        return new VarsScope(roleDefaults, roleVars, blockVars, taskVars, append(params, more), special);
    }

    private static List<Map<String, Object>> append(List<Map<String, Object>> list, Map<String, Object> more) {
        java.util.ArrayList<Map<String, Object>> l = new java.util.ArrayList<>(list);
        l.add(more);
        return l;
    }
}
