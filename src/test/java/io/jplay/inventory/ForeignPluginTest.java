package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inventory plugins jplay lacks: found through the seam, handed the inventory so far, their changes replayed. */
class ForeignPluginTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    Map<String, Object> seenState;

    /** A stand-in for ansible-core: knows {@code fleet}, which wants {@code *.fleet} files. */
    final ForeignInventoryPlugins fleet = new ForeignInventoryPlugins() {
        @Override
        public boolean exists(String name) {
            asked.add(name);
            return name.equals("fleet") || name.equals("ns.col.fleet");
        }

        @Override
        public boolean verify(String name, String source) {
            return source.endsWith(".fleet") || source.endsWith(".yml");
        }

        @Override
        public List<List<Object>> parse(String name, String source, Map<String, Object> state) {
            seenState = state;
            if (source.contains("broken")) {
                throw new InventoryException("fleet was told to fail");
            }
            return List.of(List.of("group", "fleet"), List.of("host", "n1"), List.of("child", "all", "fleet"),
                    List.of("member", "fleet", "n1"), List.of("member", "web", "n1"),
                    List.of("groupvar", "fleet", "size", 1L), List.of("hostvar", "n1", "idx", 0L),
                    List.of("hostvar", "w1", "seen", true));
        }
    };

    private Inventory load(List<String> plugins, String... sources) {
        InventorySettings s = new InventorySettings(plugins, true, false, false, "never", true, null,
                InventoryTemplating.NONE, fleet, true, Map.of(), false);
        return new InventoryLoader(warnings::add, warnings::add, new YamlLoader(), s).load(List.of(sources), dir);
    }

    @Test
    void enabledByNameSeesTheInventorySoFarAndItsChangesApply() {
        InventoryFixtures.write(dir.resolve("hosts"), "[web]\nw1 role=front\n");
        InventoryFixtures.write(dir.resolve("x.fleet"), "anything\n");
        Inventory inv = load(List.of("fleet", "ini"), "hosts", "x.fleet");
        assertEquals(List.of(), warnings);
        assertEquals(List.of("w1", "n1"), InventoryFixtures.names(inv.hosts()));
        assertEquals(List.of("n1"), inv.groups().get("fleet").hosts());
        assertEquals(List.of("w1", "n1"), inv.groups().get("web").hosts());
        assertEquals(1L, inv.groups().get("fleet").vars().get("size"));
        Map<String, Object> w1 = inv.hosts().get(0).vars();
        assertEquals(true, w1.get("seen"));
        assertEquals("front", w1.get("role"));
        List<?> hosts = (List<?>) seenState.get("hosts");
        assertEquals(List.of("w1", Map.of("role", "front"), List.of("web")), hosts.get(0));
    }

    @Test
    void autoConfigsReachPluginsByFqcnWithoutEnablingThem() {
        InventoryFixtures.write(dir.resolve("f.yml"), "plugin: ns.col.fleet\n");
        Inventory inv = load(InventorySettings.DEFAULT_PLUGINS, "f.yml");
        assertEquals(List.of("n1"), InventoryFixtures.names(inv.hosts()));
        assertEquals(List.of("ns.col.fleet"), asked, "toml in the default order is never asked for");
    }

    @Test
    void aFailingPluginIsWarnedAboutLikeAnyOther() {
        InventoryFixtures.write(dir.resolve("broken.fleet"), "x\n");
        load(List.of("fleet"), "broken.fleet");
        assertEquals(" * Failed to parse " + dir.resolve("broken.fleet") + " with fleet plugin: fleet was told to fail",
                warnings.get(0));
        assertTrue(warnings.contains("Unable to parse " + dir.resolve("broken.fleet") + " as an inventory source"));
    }

    @Test
    void anUnknownEnabledNameIsSkippedWithAnsiblesWarning() {
        InventoryFixtures.write(dir.resolve("hosts"), "h1\n");
        load(List.of("nosuch", "ini"), "hosts");
        assertEquals("Failed to load inventory plugin, skipping nosuch", warnings.get(0));
    }
}
