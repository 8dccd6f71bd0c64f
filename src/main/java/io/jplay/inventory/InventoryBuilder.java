package io.jplay.inventory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The mutable host/group graph the parsers fill in, with Ansible's rules for ports, group
 * priority, {@code all} and {@code ungrouped}. Not thread-safe; frozen into a
 * {@link LoadedInventory} once every source is read.
 */
final class InventoryBuilder {
    static final String ALL = "all";
    static final String UNGROUPED = "ungrouped";
    static final String PRIORITY_VAR = "ansible_group_priority";

    static final class HostData {
        final String name;
        final Map<String, Object> vars = new LinkedHashMap<>();
        final Set<String> groups = new LinkedHashSet<>();
        Path sourceDir;

        HostData(String name) {
            this.name = name;
        }
    }

    static final class GroupData {
        final String name;
        final Map<String, Object> vars = new LinkedHashMap<>();
        /** From group_vars files (kept apart from the inventory's own, as Ansible's vars plugins). */
        final Map<String, Object> fileVars = new LinkedHashMap<>();
        final Set<String> children = new LinkedHashSet<>();
        final Set<String> parents = new LinkedHashSet<>();
        final Set<String> hosts = new LinkedHashSet<>();
        int priority = 1;

        GroupData(String name) {
            this.name = name;
        }
    }

    /** Python's {@code ^[\\d\\W]|[^\\w]} (Ansible's INVALID_VARIABLE_NAMES) over Unicode text. */
    private static final Pattern INVALID_GROUP_CHARS = Pattern.compile("^[\\d\\W]|[^\\w]",
            Pattern.UNICODE_CHARACTER_CLASS);

    final Map<String, HostData> hosts = new LinkedHashMap<>();
    final Map<String, GroupData> groups = new LinkedHashMap<>();
    private final String groupNameChars;
    private final Consumer<String> warnings;
    private final Consumer<String> details;
    private Path currentSourceDir;
    private boolean mergeHashes;

    /** A graph that leaves invalid group names alone, without warning. */
    InventoryBuilder() {
        this("ignore", w -> { }, d -> { });
    }

    /**
     * @param groupNameChars Ansible's {@code force_valid_group_names}: {@code never} (warn),
     *     {@code always} (replace with {@code _} and warn), {@code silently} (replace), {@code ignore}
     */
    InventoryBuilder(String groupNameChars, Consumer<String> warnings, Consumer<String> details) {
        this.groupNameChars = groupNameChars == null ? "never" : groupNameChars;
        this.warnings = warnings;
        this.details = details;
        addGroup(ALL);
        addGroup(UNGROUPED);
        addChild(ALL, UNGROUPED);
    }

    /** A line Ansible shows at {@code -vvv} while parsing. */
    void details(String line) {
        details.accept(line);
    }

    /** The file new hosts record as their {@code inventory_file}; null for host lists. */
    void currentSource(Path file) {
        this.currentSourceDir = file;
    }

    /** Adds the group unless present (its name made safe first, as Ansible's Group()); returns it. */
    GroupData addGroup(String name) {
        if (name == null || name.isEmpty()) {
            throw new InventoryException("Invalid empty/false group name provided: " + name);
        }
        GroupData existing = groups.get(name);
        if (existing != null) {
            return existing;
        }
        return groups.computeIfAbsent(safeGroupName(name), GroupData::new);
    }

    /**
     * The name inventory plugins give their generated groups (Ansible's plugin-level to_safe_group_name):
     * every invalid character replaced by {@code _}, silently, whatever the setting.
     */
    static String forcedSafeGroupName(String name) {
        return INVALID_GROUP_CHARS.matcher(name).replaceAll("_");
    }

    /** Ansible's to_safe_group_name: invalid characters replaced or not, and warned about, per the setting. */
    String safeGroupName(String name) {
        if (!INVALID_GROUP_CHARS.matcher(name).find()) {
            return name;
        }
        switch (groupNameChars) {
            case "always" -> {
                warnings.accept("Invalid characters were found in group names and automatically replaced, use -vvvv"
                        + " to see details");
                return INVALID_GROUP_CHARS.matcher(name).replaceAll("_");
            }
            case "silently" -> {
                return INVALID_GROUP_CHARS.matcher(name).replaceAll("_");
            }
            case "ignore" -> {
                return name;
            }
            default -> {
                warnings.accept("Invalid characters were found in group names but not replaced, use -vvvv to see"
                        + " details");
                return name;
            }
        }
    }

    HostData addHost(String name, String group, Integer port) {
        if (name == null || name.isBlank()) {
            throw new InventoryException("Invalid empty host name provided: " + name);
        }
        HostData h = hosts.get(name);
        if (h == null) {
            h = new HostData(name);
            h.sourceDir = currentSourceDir;
            hosts.put(name, h);
        }
        if (port != null) {
            h.vars.put("ansible_port", (long) port);
        }
        if (group != null) {
            GroupData g = groups.get(group);
            if (g == null) {
                throw new InventoryException("Could not find group " + group + " in inventory");
            }
            g.hosts.add(name);
            h.groups.add(group);
        }
        return h;
    }

    void addChild(String parent, String child) {
        GroupData p = groups.get(parent);
        GroupData c = groups.get(child);
        if (p == null || c == null) {
            throw new InventoryException(parent + " is not a known group");
        }
        if (p.children.contains(child)) {
            return;
        }
        if (parent.equals(child) || isAncestorOrSelf(child, parent)) {
            throw new InventoryException("Adding group '" + child + "' as child to '" + parent
                    + "' creates a recursive dependency loop.");
        }
        p.children.add(child);
        c.parents.add(parent);
    }

    /** True when {@code candidate} is {@code group} itself or one of its ancestors (a cycle if added as child). */
    private boolean isAncestorOrSelf(String candidate, String group) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(group);
        while (!todo.isEmpty()) {
            String g = todo.poll();
            if (g.equals(candidate)) {
                return true;
            }
            if (seen.add(g)) {
                todo.addAll(groups.get(g).parents);
            }
        }
        return false;
    }

    void setGroupVar(String group, String key, Object value) {
        GroupData g = groups.get(group);
        if (PRIORITY_VAR.equals(key)) {
            try {
                g.priority = Integer.parseInt(String.valueOf(value).trim());
            } catch (NumberFormatException e) {
                throw new InventoryException("invalid literal for int() with base 10: '" + value + "'");
            }
        }
        set(g.vars, key, value);
    }

    void setHostVar(String host, String key, Object value) {
        set(hosts.get(host).vars, key, value);
    }

    /** Ansible's {@code hash_behaviour = merge} for variables set again ({@link #set}). */
    void mergeHashes(boolean merge) {
        this.mergeHashes = merge;
    }

    /** Ansible's {@code set_variable}: with merging on, a mapping set over a mapping is merged into it, recursively. */
    private void set(Map<String, Object> vars, String key, Object value) {
        vars.put(key, mergeHashes && vars.get(key) instanceof Map<?, ?> old && value instanceof Map<?, ?> neu
                ? merged(old, neu) : value);
    }

    private static Map<Object, Object> merged(Map<?, ?> old, Map<?, ?> neu) {
        Map<Object, Object> out = new LinkedHashMap<>(old);
        for (Map.Entry<?, ?> e : neu.entrySet()) {
            Object was = out.get(e.getKey());
            out.put(e.getKey(), was instanceof Map<?, ?> wm && e.getValue() instanceof Map<?, ?> nm ? merged(wm, nm)
                    : e.getValue());
        }
        return out;
    }

    /**
     * Ansible's reconcile step: groups without parents become children of {@code all}; hosts in no
     * group but {@code all} go to {@code ungrouped}; {@code ungrouped} loses hosts that have a
     * real group.
     */
    void reconcile() {
        for (GroupData g : groups.values()) {
            if (!g.name.equals(ALL) && g.parents.isEmpty()) {
                addChild(ALL, g.name);
            }
        }
        GroupData ungrouped = groups.get(UNGROUPED);
        for (HostData h : hosts.values()) {
            boolean inUngrouped = h.groups.contains(UNGROUPED);
            int real = h.groups.size() - (h.groups.contains(ALL) ? 1 : 0) - (inUngrouped ? 1 : 0);
            if (inUngrouped && real > 0) {
                ungrouped.hosts.remove(h.name);
                h.groups.remove(UNGROUPED);
            } else if (!inUngrouped && real == 0) {
                ungrouped.hosts.add(h.name);
                h.groups.add(UNGROUPED);
            }
        }
    }
}
