package io.jplay.factcache;

import java.util.Map;

/**
 * Ansible's fact cache: each host's facts (gathered, or set with {@code set_fact: cacheable}), kept
 * by inventory hostname for the run ({@code memory}) or across runs ({@code jsonfile}).
 *
 * <p>Thread-safety: implementations are safe for the hosts' worker threads.
 */
public interface FactCache {

    /** The cached facts of {@code host} (plain values), empty when none or expired. */
    Map<String, Object> get(String host);

    /** Replaces the cached facts of {@code host}. */
    void put(String host, Map<String, Object> facts);

    /** Forgets {@code host}'s facts ({@code meta: clear_facts}, {@code --flush-cache}). */
    void remove(String host);
}
