package io.jplay.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.vault.VaultSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlLimitsTest {
    private final YamlLoader small = new YamlLoader(w -> { }, VaultSecrets.none(), new YamlLimits(3, 20));

    @Test
    void inputWithinTheLimitsLoads() throws Exception {
        assertEquals(List.of(List.of(List.of(List.of()))), small.loadAll("[[[]]]", "t"));
    }

    @Test
    void nestingPastTheSettingIsRefused() {
        YamlException e = assertThrows(YamlTooDeepException.class, () -> small.loadAll("[[[[]]]]", "t"));
        assertTrue(e.getMessage().contains("nesting deeper than 3 levels"), e.getMessage());
    }

    @Test
    void textOrFileLargerThanTheSettingIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        YamlException text = assertThrows(YamlException.class, () -> small.loadAll("a: " + "x".repeat(30), "t.yml"));
        assertEquals("t.yml is 33 bytes, more than yaml_max_bytes (20; JPLAY_YAML_MAX_BYTES)", text.getMessage());
        Path file = dir.resolve("big.yml");
        Files.writeString(file, "a: " + "x".repeat(30));
        YamlException onDisk = assertThrows(YamlException.class, () -> small.load(file));
        assertTrue(onDisk.getMessage().startsWith(file + " is 33 bytes"), onDisk.getMessage());
    }
}
