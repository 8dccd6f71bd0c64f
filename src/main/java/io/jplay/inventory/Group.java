package io.jplay.inventory;

import java.util.List;
import java.util.Map;

/**
 * A group of the inventory.
 *
 * @param vars the group's variables from the inventory source and its {@code group_vars} beside
 *     the inventory (group_vars files win)
 * @param children the names of the direct child groups
 * @param hosts the names of the hosts placed directly in this group
 * @param depth the distance from {@code all} ({@code all} is 0, its direct children 1)
 * @param priority {@code ansible_group_priority} (default 1)
 */
public record Group(String name, Map<String, Object> vars, List<String> children, List<String> hosts,
        int depth, int priority) {

    public Group {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        children = children == null ? List.of() : List.copyOf(children);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
}
