package io.jplay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The packages' actual uses of each other, each edge with one use that makes it. */
final class PackageGraph {
    private final Map<String, Map<String, String>> edges = new TreeMap<>();

    void add(String from, String to, String witness) {
        edges.computeIfAbsent(from, k -> new TreeMap<>()).putIfAbsent(to, witness);
    }

    /** One cycle as {@code [a, b, ..., a]}, or an empty list when there is none. */
    List<String> findCycle() {
        Map<String, Integer> state = new HashMap<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(start, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private List<String> visit(String node, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
            List<String> cycle = visit(next, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    /** For each edge of {@code cycle}, the use that makes it. */
    List<String> witnesses(List<String> cycle) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            out.put(cycle.get(i) + " -> " + cycle.get(i + 1), edges.get(cycle.get(i)).get(cycle.get(i + 1)));
        }
        List<String> lines = new ArrayList<>();
        out.forEach((edge, witness) -> lines.add(edge + ": " + witness));
        return lines;
    }
}
