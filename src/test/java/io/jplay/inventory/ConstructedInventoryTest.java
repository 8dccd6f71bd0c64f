package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.template.AnsibleTemplater;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The constructed plugin, checked against ansible-inventory 2.14 on the same files. */
class ConstructedInventoryTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void hosts() {
        InventoryFixtures.write(dir.resolve("inv/01-hosts"), String.join("\n", "[web]",
                "w1 os=debian ver=12 tags=\"['a','b']\"", "w2 os=redhat", "[db]", "d1 os=debian",
                "[all:vars]", "region=eu", "[web:vars]", "role=frontend", ""));
    }

    private Inventory load(String config) {
        InventoryFixtures.write(dir.resolve("inv/02-c.yml"), config);
        AnsibleTemplater t = new AnsibleTemplater(w -> { });
        InventorySettings s = InventorySettings.defaults(true, null).withTemplating(t::template);
        return new InventoryLoader(warnings::add, warnings::add, new YamlLoader(), s).load(List.of("inv"), dir);
    }

    @Test
    void composeSeesGroupVarsSoFarButNotAllVars() {
        Inventory inv = load("plugin: constructed\ncompose:\n  r: region | default('none')\n  l: role | default('none')\n"
                + "  g: \"'hi ' ~ inventory_hostname\"\n  n: group_names\n  skipped: nothere\n");
        Host w1 = inv.host("w1").orElseThrow();
        assertEquals("none", w1.vars().get("r"));
        assertEquals("frontend", w1.vars().get("l"));
        assertEquals("hi w1", w1.vars().get("g"));
        assertEquals(List.of("web"), w1.vars().get("n"));
        assertFalse(w1.vars().containsKey("skipped"));
    }

    @Test
    void conditionalAndKeyedGroups() {
        Inventory inv = load(String.join("\n", "plugin: constructed", "groups:", "  debians: os == 'debian'",
                "keyed_groups:", "  - key: os", "    prefix: os", "  - key: tags", "    separator: ''",
                "  - key: \"{'k': os}\"", "    parent_group: keyed", "  - key: ver | default('')",
                "    default_value: nover", "    prefix: v", "  - key: os", "    separator: '-'", ""));
        assertEquals(List.of("w1", "d1"), inv.groups().get("debians").hosts());
        assertEquals(List.of("w1", "d1"), inv.groups().get("os_debian").hosts());
        assertEquals(List.of("w1"), inv.groups().get("a").hosts());
        assertEquals(List.of("_k_debian", "_k_redhat"), inv.groups().get("keyed").children());
        assertEquals(List.of("w2", "d1"), inv.groups().get("v_nover").hosts());
        assertTrue(inv.groups().containsKey("_debian"), "'-debian' is sanitised silently");
        assertEquals(List.of(), warnings);
    }

    @Test
    void strictFailureFailsTheSourceWithAnsiblesText() {
        Path cfg = dir.resolve("inv/02-c.yml").toAbsolutePath();
        load("plugin: constructed\nstrict: true\ncompose:\n  x: nothere\n");
        String inner = "Could not set x for host w1: 'nothere' is undefined";
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(" * Failed to parse " + cfg + " with auto plugin: failed to"
                + " parse " + cfg + ": " + inner)), warnings::toString);
    }

    @Test
    void useExtraVarsWinsInComposeAndKeysButNotInConditions() {
        String config = "plugin: constructed\ncompose:\n  o: os\nkeyed_groups:\n  - key: os\n    prefix: os\n"
                + "groups:\n  deb: os == 'debian'\n";
        AnsibleTemplater t = new AnsibleTemplater(w -> { });
        for (boolean byDefault : new boolean[] {false, true}) {
            InventoryFixtures.write(dir.resolve("inv/02-c.yml"), byDefault ? config : config + "use_extra_vars: true\n");
            InventorySettings s = new InventorySettings(InventorySettings.DEFAULT_PLUGINS, true, false, false, "never",
                    true, null, t::template, ForeignInventoryPlugins.NONE, true, Map.of("os", "arch"), byDefault);
            Inventory inv = new InventoryLoader(warnings::add, warnings::add, new YamlLoader(), s).load(List.of("inv"),
                    dir);
            assertEquals("arch", inv.host("w1").orElseThrow().vars().get("o"));
            assertEquals(List.of("d1", "w1", "w2"), inv.groups().get("os_arch").hosts().stream().sorted().toList());
            assertEquals(List.of("w1", "d1"), inv.groups().get("deb").hosts());
        }
        Inventory off = load(config);
        assertEquals("debian", off.host("w1").orElseThrow().vars().get("o"));
    }

    @Test
    void wrongPluginNameAndEmptyConfig() {
        InventorySettings s = new InventorySettings(List.of("constructed"), true, false, false, "never", true, null,
                InventoryTemplating.NONE);
        Path y = InventoryFixtures.write(dir.resolve("y.yml"), "all:\n  hosts:\n    h:\n");
        Path e = InventoryFixtures.write(dir.resolve("e.yml"), "");
        new InventoryLoader(warnings::add, warnings::add, new YamlLoader(), s).load(List.of("y.yml", "e.yml"), dir);
        assertEquals(" * Failed to parse " + y + " with constructed plugin: Incorrect plugin name in file: none found",
                warnings.get(0));
        assertEquals(" * Failed to parse " + e + " with constructed plugin: " + e + " is empty", warnings.get(2));
    }
}
