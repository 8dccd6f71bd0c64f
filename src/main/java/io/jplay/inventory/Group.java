package io.jplay.inventory;

import java.util.List;
import java.util.Map;

/**
 * A group of the inventory.
 *
 * @param vars the group's variables from the inventory source
 * @param fileVars the group's {@code group_vars} files beside the inventory, which Ansible's default
 *     {@code precedence} reads after every group's inventory variables (a child group's inline vars lose to
 *     its parent's file)
 * @param children the names of the direct child groups
 * @param hosts the names of the hosts placed directly in this group
 * @param depth the distance from {@code all} ({@code all} is 0, its direct children 1)
 * @param priority {@code ansible_group_priority} (default 1)
 */
public record Group(String name, Map<String, Object> vars, List<String> children, List<String> hosts,
        int depth, int priority, Map<String, Object> fileVars) {

    public Group {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        fileVars = fileVars == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fileVars));
        children = children == null ? List.of() : List.copyOf(children);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    /** A group without group_vars files. */
    public Group(String name, Map<String, Object> vars, List<String> children, List<String> hosts, int depth,
            int priority) {
        this(name, vars, children, hosts, depth, priority, Map.of());
    }

    /** The inventory's variables with the group_vars files' over them. */
    public Map<String, Object> allVars() {
        if (fileVars.isEmpty()) {
            return vars;
        }
        Map<String, Object> all = new java.util.LinkedHashMap<>(vars);
        all.putAll(fileVars);
        return all;
    }
}
