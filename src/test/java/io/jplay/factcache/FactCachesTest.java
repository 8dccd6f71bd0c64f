package io.jplay.factcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCachesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void jsonfileWritesAnsiblesFormatAndReadsItBack(@TempDir Path dir) throws Exception {
        FactCache cache = FactCaches.open("jsonfile", dir.toString(), "pre_", 0, clock);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("b", List.of(1L, "ü"));
        facts.put("a", true);
        cache.put("web1", facts);
        assertEquals("{\n    \"a\": true,\n    \"b\": [\n        1,\n        \"\\u00fc\"\n    ]\n}",
                Files.readString(dir.resolve("pre_web1")));
        assertEquals(Map.of("a", true, "b", List.of(1L, "ü")), cache.get("web1"));
        cache.remove("web1");
        assertFalse(Files.exists(dir.resolve("pre_web1")));
        assertEquals(Map.of(), cache.get("web1"));
    }

    @Test
    void jsonfileFactsOlderThanTheTimeoutAreAbsent(@TempDir Path dir) throws Exception {
        FactCache cache = FactCaches.open("ansible.builtin.jsonfile", dir.toString(), "", 60, clock);
        cache.put("h", Map.of("x", 1L));
        Files.setLastModifiedTime(dir.resolve("h"), FileTime.from(NOW.minusSeconds(60)));
        assertEquals(Map.of("x", 1L), cache.get("h"));
        Files.setLastModifiedTime(dir.resolve("h"), FileTime.from(NOW.minusSeconds(61)));
        assertEquals(Map.of(), cache.get("h"));
    }

    @Test
    void unknownPluginsAndAMissingDirectoryFailAsAnsible() {
        assertEquals("Unable to load the facts cache plugin (redis).",
                assertThrows(FactCacheException.class, () -> FactCaches.open("redis", null, null, 0, clock)).getMessage());
        assertEquals("error, 'jsonfile' cache plugin requires the 'fact_caching_connection' config option to be set"
                + " (to a writeable directory path)",
                assertThrows(FactCacheException.class, () -> FactCaches.open("jsonfile", null, null, 0, clock)).getMessage());
    }

    @Test
    void memoryKeepsFactsForTheRun() throws Exception {
        FactCache cache = FactCaches.open("memory", null, null, 0, clock);
        cache.put("h", Map.of("x", 1L));
        assertEquals(Map.of("x", 1L), cache.get("h"));
        cache.remove("h");
        assertEquals(Map.of(), cache.get("h"));
    }
}
