package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping a host or group gets from a second source: merged under hash_behaviour=merge, replaced otherwise. */
class HashBehaviourInventoryTest {
    @TempDir
    Path dir;

    private Inventory load(boolean merge) {
        InventoryFixtures.write(dir.resolve("one.yml"), "all:\n  hosts:\n    h:\n      hv: {a: 1, b: 1, n: {x: 1, y: 1}}\n"
                + "  vars:\n    gv: {a: 1, b: 1}\n");
        InventoryFixtures.write(dir.resolve("two.yml"), "all:\n  hosts:\n    h:\n      hv: {a: 2, n: {x: 2}}\n"
                + "  vars:\n    gv: {a: 2}\n");
        InventorySettings s = new InventorySettings(InventorySettings.DEFAULT_PLUGINS, true, false, false, "never", true,
                null, InventoryTemplating.NONE, ForeignInventoryPlugins.NONE, true, Map.of(), false, merge);
        List<String> warnings = new ArrayList<>();
        return new InventoryLoader(warnings::add, warnings::add, new YamlLoader(), s).load(List.of("one.yml", "two.yml"), dir);
    }

    @Test
    void mergeCombinesMappingsRecursively() {
        Inventory inv = load(true);
        assertEquals(Map.of("a", 2L, "b", 1L, "n", Map.of("x", 2L, "y", 1L)), inv.host("h").orElseThrow().vars().get("hv"));
        assertEquals(Map.of("a", 2L, "b", 1L), inv.groups().get("all").vars().get("gv"));
    }

    @Test
    void replaceKeepsTheLastMapping() {
        Inventory inv = load(false);
        assertEquals(Map.of("a", 2L, "n", Map.of("x", 2L)), inv.host("h").orElseThrow().vars().get("hv"));
        assertEquals(Map.of("a", 2L), inv.groups().get("all").vars().get("gv"));
    }
}
