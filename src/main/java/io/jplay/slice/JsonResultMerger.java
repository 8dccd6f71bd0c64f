package io.jplay.slice;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the {@code json} callback documents of the slices of one run into the document the unsliced
 * run would have printed: plays and their tasks matched by name and path (the n-th task of a name in a
 * play with the n-th of that name elsewhere), each task's host results and the stats joined,
 * durations spanning all slices, and {@code set_stats} data aggregated as Ansible aggregates it.
 */
public final class JsonResultMerger {
    private final List<Map<String, Object>> plays = new ArrayList<>();
    private final Map<String, Object> stats = new java.util.TreeMap<>();
    private final Map<String, Object> customStats = new java.util.TreeMap<>();
    private Map<String, Object> globalCustomStats = new LinkedHashMap<>();

    /**
     * Adds one slice's result: the callback's output, from which anything before the document (such as a
     * {@code Using ... as config file} line) is skipped.
     *
     * @param source names the result in error messages
     * @throws IllegalArgumentException when it is not a json callback result, or shares a host with an
     *     earlier one
     */
    public void add(String source, String text) {
        Map<String, Object> doc = document(source, text);
        for (String host : map(doc.get("stats")).keySet()) {
            if (stats.containsKey(host)) {
                throw new IllegalArgumentException(source + ": host " + host
                        + " is also in an earlier result; merge the results of one run's slices, each once");
            }
        }
        stats.putAll(map(doc.get("stats")));
        customStats.putAll(map(doc.get("custom_stats")));
        Object global = doc.get("global_custom_stats");
        globalCustomStats = map(SetStatsAggregate.merge(globalCustomStats, global == null ? Map.of() : global));
        Aligner.align(plays, list(doc.get("plays")), JsonResultMerger::playKey, this::mergePlay);
    }

    /** The merged document, in the callback's shape. */
    public Map<String, Object> result() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("plays", plays);
        out.put("stats", stats);
        out.put("custom_stats", customStats);
        out.put("global_custom_stats", globalCustomStats);
        return out;
    }

    /** The per-host counters, by host name. */
    public Map<String, Object> stats() {
        return stats;
    }

    private void mergePlay(Map<String, Object> into, Map<String, Object> from) {
        span(map(into.get("play")), map(from.get("play")));
        Aligner.align(list(into.get("tasks")), list(from.get("tasks")), JsonResultMerger::taskKey, (a, b) -> {
            span(map(a.get("task")), map(b.get("task")));
            map(a.get("hosts")).putAll(map(b.get("hosts")));
        });
    }

    /** Widens {@code into}'s duration to cover {@code from}'s (the ISO timestamps sort as text). */
    private static void span(Map<String, Object> into, Map<String, Object> from) {
        Map<String, Object> a = map(into.get("duration"));
        Map<String, Object> b = map(from.get("duration"));
        if (b.get("start") instanceof String s && (!(a.get("start") instanceof String t) || s.compareTo(t) < 0)) {
            a.put("start", s);
        }
        if (b.get("end") instanceof String s && (!(a.get("end") instanceof String t) || s.compareTo(t) > 0)) {
            a.put("end", s);
        }
        into.put("duration", a);
    }

    private static String playKey(Map<String, Object> play) {
        Map<String, Object> p = map(play.get("play"));
        return p.get("name") + "\u0000" + p.get("path");
    }

    private static String taskKey(Map<String, Object> task) {
        Map<String, Object> t = map(task.get("task"));
        return t.get("name") + "\u0000" + t.get("path");
    }

    private static Map<String, Object> document(String source, String text) {
        int start = text.startsWith("{") ? 0 : text.indexOf("\n{");
        if (start < 0) {
            throw new IllegalArgumentException(source + ": no json callback result in it (run the slices with"
                    + " ANSIBLE_STDOUT_CALLBACK=json)");
        }
        try {
            if (JsonParser.parse(text.substring(start).trim()) instanceof Map<?, ?> m && m.get("plays") instanceof List
                    && m.get("stats") instanceof Map) {
                return map(m);
            }
        } catch (JsonException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage());
        }
        throw new IllegalArgumentException(source + ": not a json callback result (no plays and stats)");
    }

    /** The parser makes mutable maps and lists; the merge edits them in place. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o instanceof List<?> l ? (List<Map<String, Object>>) l : new ArrayList<>();
    }
}
