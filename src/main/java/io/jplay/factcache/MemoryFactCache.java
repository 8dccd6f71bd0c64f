package io.jplay.factcache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Ansible's {@code memory} cache plugin: the facts live as long as the run. */
public final class MemoryFactCache implements FactCache {
    private final Map<String, Map<String, Object>> facts = new ConcurrentHashMap<>();

    @Override
    public Map<String, Object> get(String host) {
        return facts.getOrDefault(host, Map.of());
    }

    @Override
    public void put(String host, Map<String, Object> hostFacts) {
        facts.put(host, Map.copyOf(hostFacts));
    }

    @Override
    public void remove(String host) {
        facts.remove(host);
    }
}
