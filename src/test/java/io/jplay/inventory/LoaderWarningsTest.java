package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warning texts and order as printed by ansible-playbook 2.14. */
class LoaderWarningsTest {
    private static final String EMPTY = "provided hosts list is empty, only localhost is available. Note that the"
            + " implicit localhost does not match 'all'";

    @TempDir
    Path dir;
    InventoryFixtures fx = new InventoryFixtures();

    @Test
    void missingSourceWarnsThreeTimesInAnsibleOrder() {
        Inventory inv = fx.load(dir, "/nonexist");
        assertEquals(List.of("Unable to parse /nonexist as an inventory source",
                "No inventory was parsed, only implicit localhost is available", EMPTY), fx.warnings);
        assertEquals(List.of(), inv.hosts());
        assertEquals("localhost", inv.select("localhost").get(0).name());
    }

    @Test
    void noSourcesAtAllWarnsTwice() {
        fx.load(dir);
        assertEquals(List.of("No inventory was parsed, only implicit localhost is available", EMPTY), fx.warnings);
    }

    @Test
    void missingDefaultInventoryIsNotReported() {
        new InventoryLoader(fx.warnings::add).load(List.of(InventoryLoader.DEFAULT_SOURCE), dir, "localhost");
        if (!java.nio.file.Files.exists(Path.of(InventoryLoader.DEFAULT_SOURCE))) {
            assertEquals(List.of("No inventory was parsed, only implicit localhost is available"), fx.warnings);
        }
    }

    @Test
    void adHocLocalhostPatternSkipsTheEmptyWarning() {
        new InventoryLoader(fx.warnings::add).load(List.of(), dir, "localhost");
        assertEquals(List.of("No inventory was parsed, only implicit localhost is available"), fx.warnings);
    }

    @Test
    void commaListIsAHostListWithPorts() {
        Inventory inv = fx.load(dir, "h1:22,h2,");
        assertEquals(List.of("h1", "h2"), InventoryFixtures.names(inv.select("all")));
        assertEquals(22L, inv.host("h1").orElseThrow().vars().get("ansible_port"));
        assertEquals(List.of("h1", "h2"), inv.groups().get("ungrouped").hosts());
        assertEquals(List.of(), fx.warnings);
    }

    @Test
    void localhostCommaGivesARealLocalhost() {
        Inventory inv = fx.load(dir, "localhost,");
        assertEquals(List.of("localhost"), InventoryFixtures.names(inv.select("all")));
        assertEquals(List.of(), fx.warnings);
    }

    @Test
    void groupAndHostWithSameNameWarns() {
        InventoryFixtures.write(dir.resolve("s.ini"), "[web]\nweb\n");
        fx.load(dir, "s.ini");
        assertEquals(List.of("Found both group and host with same name: web"), fx.warnings);
    }

    @Test
    void severalSourcesMerge() {
        InventoryFixtures.write(dir.resolve("one.ini"), "[g]\na x=1\n");
        InventoryFixtures.write(dir.resolve("two.yml"), "g:\n  hosts:\n    a: {y: 2}\n    b:\n");
        Inventory inv = fx.load(dir, "one.ini", "two.yml");
        assertEquals(List.of("a", "b"), InventoryFixtures.names(inv.select("g")));
        assertEquals(java.util.Map.of("x", 1L, "y", 2L), InventoryFixtures.norm(inv.host("a").orElseThrow().vars()));
    }
}
