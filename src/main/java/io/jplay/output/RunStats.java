package io.jplay.output;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The recap's counters per host (sorted by host name), and {@code set_stats} data. */
public record RunStats(Map<String, HostStats> hosts, Map<String, Object> custom) {

    public RunStats {
        hosts = Collections.unmodifiableMap(new TreeMap<>(hosts));
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(custom);
    }

    /** One host's counters, in the recap's order. */
    public record HostStats(int ok, int changed, int unreachable, int failed, int skipped, int rescued,
            int ignored) {
    }
}
