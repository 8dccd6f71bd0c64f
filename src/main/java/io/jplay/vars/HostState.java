package io.jplay.vars;

import io.jplay.factcache.FactCache;
import io.jplay.yaml.Unsafe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a host accumulates during a run: gathered facts, {@code set_fact} and registered values,
 * {@code include_vars} values. Each kind is replaced copy-on-write, so readers on other threads
 * (through {@code hostvars}) always see a consistent map.
 */
public final class HostState {
    private final String host;
    private final FactCache cache;
    private volatile Map<String, Object> facts;
    private volatile Map<String, Object> hostFacts = Map.of();
    private volatile Map<String, Object> includedVars = Map.of();

    /** A host's state, starting with the facts {@code cache} holds for it (values unsafe, as Ansible's wrap_var). */
    public HostState(String host, FactCache cache) {
        this.host = host;
        this.cache = cache;
        Map<String, Object> cached = new LinkedHashMap<>();
        cache.get(host).forEach((k, v) -> cached.put(k, new Unsafe(v)));
        this.facts = Collections.unmodifiableMap(cached);
    }

    /** Gathered facts ({@code ansible_facts}). */
    public Map<String, Object> facts() {
        return facts;
    }

    /** {@code set_fact} and {@code register} values. */
    public Map<String, Object> hostFacts() {
        return hostFacts;
    }

    public Map<String, Object> includedVars() {
        return includedVars;
    }

    /** Facts gathered or set {@code cacheable}: kept, and written to the fact cache. */
    public synchronized void addFacts(Map<String, ?> more) {
        facts = merged(facts, more);
        Map<String, Object> plain = new LinkedHashMap<>();
        facts.forEach((k, v) -> plain.put(k, Unsafe.stripped(v)));
        cache.put(host, plain);
    }

    public synchronized void setFact(String name, Object value) {
        hostFacts = merged(hostFacts, Collections.singletonMap(name, value));
    }

    public synchronized void setFacts(Map<String, ?> more) {
        hostFacts = merged(hostFacts, more);
    }

    public synchronized void includeVars(Map<String, ?> more) {
        includedVars = merged(includedVars, more);
    }

    /** {@code meta: clear_facts}: the facts and the host's fact cache entry are gone. */
    public synchronized void clearFacts() {
        facts = Map.of();
        cache.remove(host);
    }

    private static Map<String, Object> merged(Map<String, Object> base, Map<String, ?> more) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.putAll(more);
        return Collections.unmodifiableMap(m);
    }
}
