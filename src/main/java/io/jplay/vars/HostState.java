package io.jplay.vars;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a host accumulates during a run: gathered facts, {@code set_fact} and registered values,
 * {@code include_vars} values. Each kind is replaced copy-on-write, so readers on other threads
 * (through {@code hostvars}) always see a consistent map.
 */
public final class HostState {
    private volatile Map<String, Object> facts = Map.of();
    private volatile Map<String, Object> hostFacts = Map.of();
    private volatile Map<String, Object> includedVars = Map.of();

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

    public synchronized void addFacts(Map<String, ?> more) {
        facts = merged(facts, more);
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

    public synchronized void clearFacts() {
        facts = Map.of();
    }

    private static Map<String, Object> merged(Map<String, Object> base, Map<String, ?> more) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.putAll(more);
        return Collections.unmodifiableMap(m);
    }
}
