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
    private Map<String, Object> merged;

    /** @param layers lowest precedence first */
    public LayeredVars(List<? extends Map<String, ?>> layers) {
        this.layers = List.copyOf(layers);
    }

    @Override
    public Object get(Object key) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Map<String, ?> layer = layers.get(i);
            Object v = layer.get(key);
            if (v != null || layer.containsKey(key)) {
                return v;
            }
        }
        return null;
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
                m.putAll(layer);
            }
            merged = Collections.unmodifiableMap(m);
        }
        return merged;
    }

    /** These layers with one more on top. */
    public LayeredVars with(Map<String, ?> top) {
        List<Map<String, ?>> more = new ArrayList<>(layers);
        more.add(top);
        return new LayeredVars(more);
    }
}
