package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enable_plugins, host lists with and without ranges, auto configs, group names, INI ranges. */
class PluginChainTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    private Inventory load(List<String> plugins, String groupChars, String... sources) {
        InventorySettings s = new InventorySettings(plugins, true, false, false, groupChars, true, null,
                InventoryTemplating.NONE);
        return new InventoryLoader(warnings::add, warnings::add, new YamlLoader(), s).load(List.of(sources), dir);
    }

    private Inventory load(String... sources) {
        return load(InventorySettings.DEFAULT_PLUGINS, "never", sources);
    }

    @Test
    void hostListKeepsRangesAdvancedExpandsThem() {
        assertEquals(List.of("w[1:2]", "x"), InventoryFixtures.names(load("w[1:2],x").hosts()));
        assertEquals(List.of("w1", "w2", "x"), InventoryFixtures.names(
                load(List.of("advanced_host_list", "ini"), "never", "w[1:2],x:2222").hosts()));
    }

    @Test
    void advancedHostListKeepsARangeAnsibleRejectsButFailsOnOnePythonCannotRead() {
        List<String> details = new ArrayList<>();
        InventorySettings s = new InventorySettings(List.of("advanced_host_list"), true, false, false, "never", true,
                null, InventoryTemplating.NONE);
        Inventory kept = new InventoryLoader(warnings::add, warnings::add, details::add, new YamlLoader(), s)
                .load(List.of("local[1:],"), dir);
        assertEquals(List.of("local[1:]"), InventoryFixtures.names(kept.hosts()));
        assertEquals(List.of("Unable to parse address from hostname, leaving unchanged: host range must specify end"
                + " value", "Parsed local[1:], inventory source with advanced_host_list plugin"), details);
        load(List.of("advanced_host_list"), "never", "local[1:j],");
        assertEquals(" * Failed to parse local[1:j], with advanced_host_list plugin: Invalid data from string, could"
                + " not parse: invalid literal for int() with base 10: 'j'", warnings.get(0));
        assertEquals("Unable to parse local[1:j], as an inventory source", warnings.get(1));
    }

    @Test
    void aSourceWithCommasThatNamesAFileIsAPathWithItsGroupVars() {
        InventoryFixtures.write(dir.resolve("a,b/hosts"), "h1\n");
        InventoryFixtures.write(dir.resolve("a,b/group_vars/all.yml"), "from_dir: here\n");
        Inventory inv = load("a,b/hosts");
        assertEquals(List.of("h1"), InventoryFixtures.names(inv.hosts()));
        assertEquals("here", inv.groups().get("all").fileVars().get("from_dir"));
    }

    @Test
    void unknownEnabledPluginIsWarnedNoneLeftIsAnError() {
        load(List.of("nosuch", "ini"), "never", "h,");
        assertEquals("Failed to load inventory plugin, skipping nosuch", warnings.get(0));
        InventoryException e = assertThrows(InventoryException.class, () -> load(List.of("nosuch"), "never", "h,"));
        assertEquals("No inventory plugins available to generate inventory, make sure you have at least one enabled.",
                e.getMessage());
    }

    @Test
    void onlyEnabledPluginsAreTried() {
        InventoryFixtures.write(dir.resolve("hosts"), "[web]\nw1\n");
        load(List.of("yaml"), "never", "hosts");
        assertTrue(warnings.get(0).startsWith(" * Failed to parse " + dir.resolve("hosts") + " with yaml plugin: "),
                warnings::toString);
        assertEquals(4, warnings.size(), warnings::toString);
    }

    @Test
    void autoConfigs() {
        Path none = InventoryFixtures.write(dir.resolve("none.yml"), "- 1\n");
        Path unknown = InventoryFixtures.write(dir.resolve("unknown.yml"), "plugin: nosuch\n");
        Path real = InventoryFixtures.write(dir.resolve("real.yml"), "plugin: amazon.aws.aws_ec2\n");
        load("none.yml", "unknown.yml", "real.yml");
        assertTrue(warnings.contains(" * Failed to parse " + none + " with auto plugin: no root 'plugin' key found, '"
                + none + "' is not a valid YAML inventory plugin config file"), warnings::toString);
        assertTrue(warnings.contains(" * Failed to parse " + unknown + " with auto plugin: inventory config '" + unknown
                + "' specifies unknown plugin 'nosuch'"), warnings::toString);
        // without the Python bridge, a plugin jplay lacks is as unknown as to an ansible-core without it
        assertTrue(warnings.contains(" * Failed to parse " + real + " with auto plugin: inventory config '" + real
                + "' specifies unknown plugin 'amazon.aws.aws_ec2'"), warnings::toString);
    }

    @Test
    void yamlPluginByConfig() {
        InventoryFixtures.write(dir.resolve("c.yml"), "plugin: yaml\n");
        load("c.yml");
        assertTrue(warnings.stream().anyMatch(w -> w.endsWith("with yaml plugin: Plugin configuration YAML file, not"
                + " YAML inventory")), warnings::toString);
    }

    @Test
    void invalidGroupNamesPerSetting() {
        InventoryFixtures.write(dir.resolve("hosts"), "[web-servers]\nw1\n");
        assertTrue(load("hosts").groups().containsKey("web-servers"));
        assertEquals("Invalid characters were found in group names but not replaced, use -vvvv to see details",
                warnings.get(0));
        warnings.clear();
        assertTrue(load(InventorySettings.DEFAULT_PLUGINS, "always", "hosts").groups().containsKey("web_servers"));
        assertEquals("Invalid characters were found in group names and automatically replaced, use -vvvv to see"
                + " details", warnings.get(0));
        warnings.clear();
        assertTrue(load(InventorySettings.DEFAULT_PLUGINS, "silently", "hosts").groups().containsKey("web_servers"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void unclosedSectionFailsAsPythonUnpacking() {
        Path p = InventoryFixtures.write(dir.resolve("hosts"), "[web\nh1\n");
        assertEquals(List.of(), load("hosts").hosts());
        assertTrue(warnings.contains(" * Failed to parse " + p + " with ini plugin: not enough values to unpack"
                + " (expected 3, got 2)"), warnings::toString);
        InventoryException e = assertThrows(InventoryException.class, () -> HostNames.expand("a[1:2]b]c|d"));
        assertEquals("too many values to unpack (expected 3)", e.getMessage());
    }
}
