package io.jplay.executor;

import io.jplay.output.RunStats;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts the recap's numbers per host, following Ansible's strategy rules. Used from one thread. */
final class Stats {
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, Object> custom = new LinkedHashMap<>();
    private static final int OK = 0;
    private static final int CHANGED = 1;
    private static final int UNREACHABLE = 2;
    private static final int FAILED = 3;
    private static final int SKIPPED = 4;
    private static final int RESCUED = 5;
    private static final int IGNORED = 6;

    void record(HostOutcome outcome, boolean rescuable) {
        int[] c = of(outcome.host());
        switch (outcome.result().status()) {
            case FAILED -> {
                if (outcome.ignored()) {
                    c[OK]++;
                    c[IGNORED]++;
                    if (outcome.result().changed()) {
                        c[CHANGED]++;
                    }
                } else if (rescuable) {
                    c[RESCUED]++;
                } else {
                    c[FAILED]++;
                }
            }
            case UNREACHABLE -> {
                if (outcome.ignored()) {
                    c[OK]++;
                    c[IGNORED]++;
                } else {
                    c[UNREACHABLE]++;
                }
            }
            case SKIPPED -> c[SKIPPED]++;
            case OK -> {
                c[OK]++;
                if (outcome.result().changed()) {
                    c[CHANGED]++;
                }
            }
        }
    }

    private int[] of(String host) {
        return counters.computeIfAbsent(host, h -> new int[7]);
    }

    /**
     * A {@code set_stats} result: each key set (or, with {@code aggregate}, merged into the value already
     * there: mappings merged recursively, other values added when of the same type) for the host, or for
     * the whole run ({@code _run}) unless {@code per_host}.
     */
    void custom(String host, Map<?, ?> ansibleStats) {
        if (!(ansibleStats.get("data") instanceof Map<?, ?> data) || data.isEmpty()) {
            return;
        }
        String key = Boolean.TRUE.equals(ansibleStats.get("per_host")) ? host : "_run";
        boolean aggregate = Boolean.TRUE.equals(ansibleStats.get("aggregate"));
        @SuppressWarnings("unchecked")
        Map<String, Object> mine = (Map<String, Object>) custom.computeIfAbsent(key, k -> new LinkedHashMap<>());
        data.forEach((k, v) -> {
            String name = String.valueOf(k);
            Object old = mine.get(name);
            if (!aggregate || old == null) {
                mine.put(name, v);
            } else if (old instanceof Map<?, ?> om && v instanceof Map<?, ?> nm) {
                mine.put(name, io.jplay.vars.MergeHash.merge(om, nm));
            } else {
                Object sum = io.jplay.vars.MergeHash.add(old, v);
                if (sum != null) {
                    mine.put(name, sum);
                }
            }
        });
    }

    RunStats snapshot() {
        Map<String, RunStats.HostStats> hosts = new HashMap<>();
        counters.forEach((h, c) -> hosts.put(h, new RunStats.HostStats(c[OK], c[CHANGED], c[UNREACHABLE], c[FAILED],
                c[SKIPPED], c[RESCUED], c[IGNORED])));
        return new RunStats(hosts, custom);
    }
}
