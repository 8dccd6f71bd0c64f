package io.jplay.vars;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only map over layers of variables, the last layer winning. Nothing is copied: a lookup
 * walks the layers from the top, so building the variables of a host-task costs a list of
 * references, not a merge of every layer.
 */
public final class LayeredVars extends AbstractMap<String, Object> {
    private final List<Map<String, ?>> layers;
    private final boolean mergeHashes;
    private Map<String, Object> merged;

    /** @param layers lowest precedence first */
    public LayeredVars(List<? extends Map<String, ?>> layers) {
        this(layers, false);
    }

    /**
     * @param layers lowest precedence first
     * @param mergeHashes Ansible's {@code hash_behaviour = merge}: a mapping in several layers is their
     *     recursive merge (see {@link MergeHash#merge}), not the top one alone
     */
    public LayeredVars(List<? extends Map<String, ?>> layers, boolean mergeHashes) {
        this.layers = List.copyOf(layers);
        this.mergeHashes = mergeHashes;
    }

    @Override
    public Object get(Object key) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Map<String, ?> layer = layers.get(i);
            Object v = layer.get(key);
            if (v != null || layer.containsKey(key)) {
                return mergeHashes && v instanceof Map ? mergedDown(key, i) : v;
            }
        }
        return null;
    }

    /** The value of {@code key} merged from the lowest layer up to layer {@code top}. */
    private Object mergedDown(Object key, int top) {
        Object acc = null;
        for (int i = 0; i <= top; i++) {
            Map<String, ?> layer = layers.get(i);
            if (layer.containsKey(key)) {
                Object v = layer.get(key);
                acc = acc instanceof Map<?, ?> a && v instanceof Map<?, ?> b ? MergeHash.merge(a, b) : v;
            }
        }
        return acc;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return merged().entrySet();
    }

    @Override
    public Set<String> keySet() {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, ?> layer : layers) {
            keys.addAll(layer.keySet());
        }
        return Collections.unmodifiableSet(keys);
    }

    @Override
    public int size() {
        return keySet().size();
    }

    private Map<String, Object> merged() {
        if (merged == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map<String, ?> layer : layers) {
                if (!mergeHashes) {
                    m.putAll(layer);
                    continue;
                }
                layer.forEach((k, v) -> m.put(k, m.get(k) instanceof Map<?, ?> a && v instanceof Map<?, ?> b
                        ? MergeHash.merge(a, b) : v));
            }
            merged = Collections.unmodifiableMap(m);
        }
        return merged;
    }

    /** These layers with one more on top. */
    public LayeredVars with(Map<String, ?> top) {
        List<Map<String, ?>> more = new ArrayList<>(layers);
        more.add(top);
        return new LayeredVars(more, mergeHashes);
    }
}
