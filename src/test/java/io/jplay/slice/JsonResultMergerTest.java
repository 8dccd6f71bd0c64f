package io.jplay.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplay.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonResultMergerTest {
    private static Map<String, Object> task(String name, String start, String host, Object result) {
        Map<String, Object> hosts = new LinkedHashMap<>();
        hosts.put(host, result);
        return Map.of("task", Map.of("name", name, "path", "p.yml:1", "id", "x",
                "duration", Map.of("start", start, "end", start)), "hosts", hosts);
    }

    private static String doc(String host, List<Map<String, Object>> tasks, Map<String, Object> global) {
        Map<String, Object> play = Map.of("play", Map.of("name", "all", "path", "p.yml:1", "id", "p",
                "duration", Map.of("start", "2026-01-01T00:00:00Z")), "tasks", tasks);
        return "Using /etc/ansible/ansible.cfg as config file\n" + JsonWriter.python().write(Map.of(
                "plays", List.of(play), "stats", Map.of(host, Map.of("ok", 1L)), "custom_stats", Map.of(),
                "global_custom_stats", global));
    }

    @Test
    @SuppressWarnings("unchecked")
    void tasksOnlyOneSliceRanGoInWhereTheyRanAndSetStatsAddUp() {
        JsonResultMerger merger = new JsonResultMerger();
        merger.add("a", doc("h1", List.of(task("one", "2026-01-01T00:00:02Z", "h1", 1L),
                task("three", "2026-01-01T00:00:05Z", "h1", 3L)), Map.of("n", 1L, "l", List.of("a"))));
        merger.add("b", doc("h2", List.of(task("one", "2026-01-01T00:00:01Z", "h2", 1L),
                task("two", "2026-01-01T00:00:03Z", "h2", 2L), task("three", "2026-01-01T00:00:04Z", "h2", 3L)),
                Map.of("n", 2L, "l", List.of("b"))));
        Map<String, Object> result = merger.result();
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((List<Map<String, Object>>) result.get("plays"))
                .get(0).get("tasks");
        List<String> names = new ArrayList<>();
        tasks.forEach(t -> names.add((String) ((Map<String, Object>) t.get("task")).get("name")));
        assertEquals(List.of("one", "two", "three"), names);
        assertEquals(Map.of("h1", 1L, "h2", 1L), tasks.get(0).get("hosts"));
        assertEquals("2026-01-01T00:00:01Z",
                ((Map<String, Object>) ((Map<String, Object>) tasks.get(0).get("task")).get("duration")).get("start"));
        assertEquals(Map.of("n", 3L, "l", List.of("a", "b")), result.get("global_custom_stats"));
        assertEquals(List.of("h1", "h2"), new ArrayList<>(((Map<String, Object>) result.get("stats")).keySet()));
    }

    @Test
    void aHostInTwoResultsOrATextWithoutAResultIsAnError() {
        JsonResultMerger merger = new JsonResultMerger();
        merger.add("a", doc("h1", List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> merger.add("b", doc("h1", List.of(), Map.of())));
        assertThrows(IllegalArgumentException.class, () -> merger.add("c", "PLAY [all] ***\n"));
        assertThrows(IllegalArgumentException.class, () -> merger.add("d", "{\"plays\": ["));
    }
}
