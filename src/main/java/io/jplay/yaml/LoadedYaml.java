package io.jplay.yaml;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One YAML document together with where each of its mappings and sequences started.
 *
 * @param data the constructed document ({@code null} for an empty document)
 * @param locations start marks keyed by the constructed {@code Map}/{@code List} instances,
 *     compared by identity
 */
public record LoadedYaml(Object data, Map<Object, Mark> locations) {

    public LoadedYaml {
        IdentityHashMap<Object, Mark> copy = new IdentityHashMap<>(locations);
        locations = Collections.unmodifiableMap(copy);
    }

    /** Where {@code node} (a map or list of {@link #data}) started, or {@code null} if unknown. */
    public Mark markOf(Object node) {
        return node == null ? null : locations.get(node);
    }
}
