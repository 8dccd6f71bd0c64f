package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VarsFilesTest {
    @TempDir
    Path dir;
    VarsFiles vars = new VarsFiles(new YamlLoader());

    @Test
    void firstExistingNameWinsInExtensionOrder() {
        InventoryFixtures.write(dir.resolve("group_vars/web"), "a: plain\n");
        InventoryFixtures.write(dir.resolve("group_vars/web.yml"), "a: yml\n");
        assertEquals(Map.of("a", "plain"), vars.groupVars(dir, "web"));
        InventoryFixtures.write(dir.resolve("group_vars/db.yaml"), "a: yaml\n");
        InventoryFixtures.write(dir.resolve("group_vars/db.json"), "{\"a\": \"json\"}");
        assertEquals(Map.of("a", "yaml"), new VarsFiles(new YamlLoader()).groupVars(dir, "db"),
                "a new instance sees files created after the first listing");
    }

    @Test
    void directoryFilesMergeSortedRecursivelySkippingHiddenAndOtherExtensions() {
        InventoryFixtures.write(dir.resolve("host_vars/h1/b.yml"), "x: b\ny: b\n");
        InventoryFixtures.write(dir.resolve("host_vars/h1/a.yml"), "x: a\n");
        InventoryFixtures.write(dir.resolve("host_vars/h1/c/inner.yml"), "z: inner\n");
        InventoryFixtures.write(dir.resolve("host_vars/h1/.hidden.yml"), "x: hidden\n");
        InventoryFixtures.write(dir.resolve("host_vars/h1/notes.txt"), "x: txt\n");
        InventoryFixtures.write(dir.resolve("host_vars/h1/d.yml~"), "x: backup\n");
        assertEquals(Map.of("x", "b", "y", "b", "z", "inner"), vars.hostVars(dir, "h1"));
    }

    @Test
    void missingFilesGiveNoVarsAndEmptyFilesToo() {
        assertEquals(Map.of(), vars.groupVars(dir, "nothing"));
        InventoryFixtures.write(dir.resolve("group_vars/empty.yml"), "");
        assertEquals(Map.of(), vars.groupVars(dir, "empty"));
    }

    @Test
    void nonMappingVarsFileIsAnError() {
        InventoryFixtures.write(dir.resolve("group_vars/list.yml"), "- a\n- b\n");
        assertThrows(InventoryException.class, () -> vars.groupVars(dir, "list"));
    }
}
