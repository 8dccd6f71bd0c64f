package io.jplay.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the parsed graph into an immutable {@link LoadedInventory}: reads {@code group_vars} (kept beside
 * each group's own variables) and merges {@code host_vars} from each source directory over the hosts' variables,
 * and computes group
 * depths (longest distance from {@code all}).
 */
final class InventoryFreezer {
    private final VarsFiles varsFiles;

    InventoryFreezer(VarsFiles varsFiles) {
        this.varsFiles = varsFiles;
    }

    LoadedInventory freeze(InventoryBuilder b, List<Path> baseDirs) {
        List<Path> dirs = new ArrayList<>(new LinkedHashSet<>(baseDirs));
        Map<String, Integer> depths = new HashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new HashMap<>();
        for (InventoryBuilder.GroupData g : b.groups.values()) {
            Map<String, Object> fileVars = new LinkedHashMap<>(g.fileVars);
            for (Path dir : dirs) {
                fileVars.putAll(varsFiles.groupVars(dir, g.name));
            }
            groups.put(g.name, new Group(g.name, g.vars, new ArrayList<>(g.children), new ArrayList<>(g.hosts),
                    depth(b, g.name, depths), g.priority, fileVars));
            parents.put(g.name, Set.copyOf(g.parents));
        }
        List<Host> hosts = new ArrayList<>(b.hosts.size());
        Map<String, List<String>> direct = new HashMap<>();
        Map<String, Path> sources = new HashMap<>();
        for (InventoryBuilder.HostData h : b.hosts.values()) {
            Map<String, Object> vars = new LinkedHashMap<>(h.vars);
            for (Path dir : dirs) {
                vars.putAll(varsFiles.hostVars(dir, h.name));
            }
            hosts.add(new Host(h.name, vars));
            direct.put(h.name, List.copyOf(h.groups));
            if (h.sourceDir != null) {
                sources.put(h.name, h.sourceDir);
            }
        }
        return new LoadedInventory(hosts, groups, parents, direct, sources);
    }

    private static int depth(InventoryBuilder b, String group, Map<String, Integer> memo) {
        Integer known = memo.get(group);
        if (known != null) {
            return known;
        }
        int d = 0;
        for (String p : b.groups.get(group).parents) {
            d = Math.max(d, depth(b, p, memo) + 1);
        }
        memo.put(group, d);
        return d;
    }
}
