package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executable inventory scripts, with the texts ansible-inventory 2.14 prints for their failures. */
class ScriptInventoryTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    private Path script(String name, String body) throws IOException {
        Path p = InventoryFixtures.write(dir.resolve(name), "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private Inventory load(String... sources) {
        return new InventoryLoader(warnings::add, errors::add, new YamlLoader(),
                InventorySettings.defaults(true, null)).load(List.of(sources), dir);
    }

    @Test
    void metaHostvarsGroupsChildrenAndShorthand() throws IOException {
        script("inv", "cat <<'E'\n{\"web\": {\"hosts\": [\"w1\"], \"vars\": {\"t\": 1}, \"children\": [\"db\"]},"
                + " \"db\": [\"d1\"], \"solo\": {\"a\": 2}, \"_meta\": {\"hostvars\": {\"w1\": {\"hv\": \"x\"}}}}\nE\n");
        Inventory inv = load("inv");
        assertEquals(List.of("w1", "d1", "solo"), InventoryFixtures.names(inv.hosts()));
        assertEquals(List.of("db"), inv.groups().get("web").children());
        assertEquals(Map.of("hv", "x"), inv.host("w1").orElseThrow().vars());
        assertEquals(Map.of("a", 2L), InventoryFixtures.norm(inv.groups().get("solo").vars()));
        assertEquals(List.of("Found both group and host with same name: solo"), warnings);
        assertEquals(dir.resolve("inv"), inv.sourceOf(inv.host("d1").orElseThrow()).orElseThrow());
    }

    @Test
    void withoutMetaEachHostIsAskedFor() throws IOException {
        script("inv", "if [ \"$1\" = --list ]; then echo '{\"g\": [\"a\", \"b\"]}'; else echo \"{\\\"me\\\": \\\"$2\\\"}\"; fi\n");
        Inventory inv = load("inv");
        assertEquals(Map.of("me", "b"), inv.host("b").orElseThrow().vars());
    }

    @Test
    void failingScriptIsWarnedPerPluginAndSkipped() throws IOException {
        Path p = script("bad.sh", "echo oops >&2\nexit 3\n");
        Inventory inv = load("bad.sh", "h1,");
        assertEquals(List.of("h1"), InventoryFixtures.names(inv.hosts()));
        assertEquals(" * Failed to parse " + p + " with script plugin: Inventory script (" + p
                + ") had an execution error: oops\n ", warnings.get(0));
        assertEquals(" * Failed to parse " + p + " with ini plugin: " + p
                + ":2: Expected key=value host variable assignment, got: oops", warnings.get(1));
        assertEquals("Unable to parse " + p + " as an inventory source", warnings.get(2));
    }

    @Test
    void badJsonAndNonDictOutput() throws IOException {
        Path bad = script("bad.sh", "echo '{not json'\necho err >&2\n");
        Path list = script("list.sh", "echo '[1,2]'\n");
        load("bad.sh", "list.sh");
        assertEquals(" * Failed to parse " + bad + " with script plugin: failed to parse executable inventory script"
                + " results from " + bad + ": Expecting property name enclosed in double quotes: line 1 column 2"
                + " (char 1). Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\nerr\n",
                warnings.get(0));
        assertTrue(warnings.contains(" * Failed to parse " + list + " with script plugin: failed to parse executable"
                + " inventory script results from " + list + ": needs to be a json dict\n"), warnings::toString);
        assertEquals("No inventory was parsed, only implicit localhost is available", warnings.get(warnings.size() - 2));
    }

    @Test
    void stderrOfAWorkingScriptIsShownAsAnError() throws IOException {
        script("inv", "echo note >&2\necho '{\"g\": [\"h\"]}'\n");
        assertEquals(List.of("h"), InventoryFixtures.names(load("inv").hosts()));
        assertEquals(List.of("note\n"), errors);
    }

    @Test
    void alwaysShowStderrOffKeepsAWorkingScriptQuietButNotAFailingOne() throws IOException {
        script("inv", "echo note >&2\necho '{\"g\": [\"h\"]}'\n");
        script("bad", "echo broken >&2\nexit 3\n");
        InventorySettings quiet = new InventorySettings(InventorySettings.DEFAULT_PLUGINS, true, false, false, "never",
                true, null, InventoryTemplating.NONE, ForeignInventoryPlugins.NONE, false, java.util.Map.of(), false);
        Inventory inv = new InventoryLoader(warnings::add, errors::add, new YamlLoader(), quiet).load(
                List.of("inv", "bad"), dir);
        assertEquals(List.of("h"), InventoryFixtures.names(inv.hosts()));
        assertEquals(List.of(), errors);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("had an execution error: broken")), warnings::toString);
    }

    @Test
    void aFileWithoutShebangOrExecBitIsNotAScript() throws IOException {
        InventoryFixtures.write(dir.resolve("plain"), "h1\n");
        assertEquals(List.of("h1"), InventoryFixtures.names(load("plain").hosts()));
        assertEquals(List.of(), errors);
    }
}
