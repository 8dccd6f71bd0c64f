package io.jplay.vars;

import io.jplay.template.Resolved;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/** An unmodifiable map the templater reads as it is (no walk, no copy), such as {@code groups}. */
final class ResolvedMap extends AbstractMap<String, Object> implements Resolved {
    private final Map<String, Object> map;

    ResolvedMap(Map<String, Object> map) {
        this.map = Collections.unmodifiableMap(map);
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map.entrySet();
    }
}
