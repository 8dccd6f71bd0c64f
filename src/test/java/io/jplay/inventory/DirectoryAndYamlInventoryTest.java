package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden values from {@code ansible-inventory -i d --list} on the same directory (ansible-core 2.14). */
class DirectoryAndYamlInventoryTest {
    @TempDir
    Path dir;
    InventoryFixtures fx = new InventoryFixtures();
    Inventory inv;

    @BeforeEach
    void load() {
        Path d = dir.resolve("d");
        InventoryFixtures.write(d.resolve("a.ini"), "[web]\nw1\n");
        InventoryFixtures.write(d.resolve("b"), "[web]\nw2 v=1\n");
        InventoryFixtures.write(d.resolve("c.txt"), "[web]\nw3\n");
        InventoryFixtures.write(d.resolve("e~"), "[web]\nw4\n");
        InventoryFixtures.write(d.resolve("y.yml"), String.join("\n",
                "all:",
                "  hosts:",
                "    top1:",
                "  vars:",
                "    yv: 1",
                "    ns: null",
                "  children:",
                "    web:",
                "      hosts:",
                "        yweb[1:2]:",
                "          port: 5",
                "      vars:",
                "        inv_v: from_inv",
                "        over: inv",
                "    other:",
                "      children:",
                "        web:",
                "      hosts:",
                "        o1: {a: true, b: \"x\"}",
                ""));
        InventoryFixtures.write(d.resolve("group_vars/web/10.yml"), "over: gv\nw: 1\n");
        InventoryFixtures.write(d.resolve("group_vars/web/20.yml"), "w: 2\nz: [1]\n");
        InventoryFixtures.write(d.resolve("host_vars/w2.yml"), "v: hv\n");
        InventoryFixtures.write(d.resolve("host_vars/top1.json"), "{\"j\": true}");
        inv = fx.load(dir, "d");
    }

    @Test
    void directorySkipsIgnoredExtensionsAndBackups() {
        assertTrue(inv.host("w2").isPresent());
        assertFalse(inv.host("w1").isPresent(), ".ini files are ignored inside a directory");
        assertFalse(inv.host("w3").isPresent());
        assertFalse(inv.host("w4").isPresent());
        assertEquals(List.of(), fx.warnings);
    }

    @Test
    void allOrderAndGroupTreeMatchAnsible() {
        assertEquals(List.of("top1", "w2", "yweb1", "yweb2", "o1"), InventoryFixtures.names(inv.select("all")));
        assertEquals(List.of("ungrouped", "web", "other"), inv.groups().get("all").children());
        assertEquals(List.of("web"), inv.groups().get("other").children());
        assertEquals(List.of("top1"), inv.groups().get("ungrouped").hosts());
        assertEquals(List.of("w2", "yweb1", "yweb2"), inv.groups().get("web").hosts());
    }

    @Test
    void groupVarsDirectoryFilesMergeInNameOrderOverInventoryVars() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("inv_v", "from_inv");
        expected.put("over", "gv");
        expected.put("w", 2L);
        expected.put("z", List.of(1L));
        assertEquals(expected, InventoryFixtures.norm(inv.groups().get("web").allVars()));
    }

    @Test
    void hostVarsFilesMergeOverInlineVars() {
        assertEquals(Map.of("v", "hv"), inv.host("w2").orElseThrow().vars());
        assertEquals(Map.of("j", true), inv.host("top1").orElseThrow().vars());
        assertEquals(Map.of("port", 5L), InventoryFixtures.norm(inv.host("yweb1").orElseThrow().vars()));
    }

    @Test
    void yamlNullVarsAndNestedMappingsSurvive() {
        Map<String, Object> all = inv.groups().get("all").vars();
        assertTrue(all.containsKey("ns"));
        assertNull(all.get("ns"));
        assertEquals(Map.of("a", true, "b", "x"), inv.host("o1").orElseThrow().vars());
    }

    @Test
    void sourceOfIsTheFileThatNamedTheHost() {
        assertEquals(dir.resolve("d/b"), inv.sourceOf(inv.host("w2").orElseThrow()).orElseThrow());
    }

    @Test
    void yamlHostWithPortAndUnknownKeyWarns() {
        InventoryFixtures.write(dir.resolve("p.yaml"), "web:\n  hosts:\n    h5:2200:\n  bogus: {}\n");
        Inventory p = fx.load(dir, "p.yaml");
        assertEquals(Map.of("ansible_port", 2200L), InventoryFixtures.norm(p.host("h5").orElseThrow().vars()));
        assertEquals("Skipping unexpected key (bogus) in group (web), only \"vars\", \"children\" and \"hosts\" are valid",
                fx.warnings.get(fx.warnings.size() - 1));
    }
}
