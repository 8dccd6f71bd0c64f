package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden host lists from {@code ansible -i hosts.ini PATTERN --list-hosts} (ansible-core 2.14). */
class HostPatternSelectionTest {
    @TempDir
    Path dir;
    InventoryFixtures fx = new InventoryFixtures();
    Inventory inv;

    @BeforeEach
    void load() {
        InventoryFixtures.write(dir.resolve("hosts.ini"), InventoryFixtures.SAMPLE_INI);
        inv = fx.load(dir, "hosts.ini");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "db:web|db-a db-b db-c h1 web01.example.com web02.example.com web03.example.com h2",
        "web:db|web01.example.com web02.example.com web03.example.com h1 h2 db-a db-b db-c",
        "prod|web01.example.com web02.example.com web03.example.com h1 h2 db-a db-b db-c",
        "web:&db|h1",
        "all:!db|h0 o0 o4 o8 web01.example.com web02.example.com web03.example.com h2",
        "!db|h0 o0 o4 o8 web01.example.com web02.example.com web03.example.com h2",
        "web[0]|web01.example.com",
        "web[1:2]|web02.example.com web03.example.com",
        "web[-1]|h2",
        "web[1:]|web02.example.com web03.example.com h1 h2",
        "*.example.com|web01.example.com web02.example.com web03.example.com",
        "~web0[12]|web01.example.com web02.example.com",
        "db*|db-a db-b db-c h1",
        "'h1,h0'|h1 h0",
        "ungrouped|h0",
        "o*[1]|o4",
        "'web, !h1'|web01.example.com web02.example.com web03.example.com h2",
    })
    void patternSelectsLikeAnsible(String pattern, String expected) {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(expected.split(" ")), InventoryFixtures.names(inv.select(pattern, warnings::add)));
        assertEquals(List.of(), warnings);
    }

    @Test
    void unmatchedPatternWarnsAndSelectsNothing() {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(), inv.select("nope", warnings::add));
        assertEquals(List.of("Could not match supplied host pattern, ignoring: nope"), warnings);
    }

    @Test
    void localhostNamesSelectTheImplicitHostButAllDoesNot() {
        Host local = inv.select("localhost").get(0);
        assertEquals("localhost", local.name());
        assertEquals("local", local.vars().get("ansible_connection"));
        assertEquals("127.0.0.1", inv.select("127.0.0.1").get(0).name());
        assertEquals(List.of("localhost", "h0"), InventoryFixtures.names(inv.select("localhost,h0")));
        assertEquals(12, inv.select("all").size());
        assertEquals(List.of("all"), inv.groupsOf(local).stream().map(Group::name).toList());
    }

    @Test
    void explicitLocalhostIsARealHost() {
        InventoryFixtures.write(dir.resolve("l.ini"), "localhost ansible_connection=local x=1\n");
        Inventory l = fx.load(dir, "l.ini");
        assertEquals(List.of("localhost"), InventoryFixtures.names(l.select("all")));
        assertEquals(1L, l.select("localhost").get(0).vars().get("x"));
    }

    @Test
    void limitKeepsPatternOrderAndReadsAtFiles() {
        InventoryFixtures.write(dir.resolve("limit.txt"), "h2\nweb01.example.com\n");
        List<String> terms = HostPattern.limitTerms("@limit.txt", dir);
        assertEquals(List.of("web01.example.com", "h2"),
                InventoryFixtures.names(inv.select("web", terms, w -> { })));
        assertEquals(List.of("h1"), InventoryFixtures.names(inv.select("all", HostPattern.limitTerms("db:&web", dir), w -> { })));
    }

    @Test
    void missingLimitFileIsAnError() {
        InventoryException e = assertThrows(InventoryException.class, () -> HostPattern.limitTerms("@nofile", dir));
        assertEquals("Unable to find limit file nofile", e.getMessage());
    }

    @Test
    void subscriptOutOfRangeIsAnError() {
        InventoryException e = assertThrows(InventoryException.class, () -> inv.select("odd[7]"));
        assertEquals("No hosts matched the subscripted pattern 'odd[7]'", e.getMessage());
    }

    @Test
    void splitKeepsHostAddressesAndRangesWhole() {
        assertEquals(List.of("a", "b[1]", "c[2:3]", "d"), HostPattern.split("a,b[1], c[2:3] , d"));
        assertEquals(List.of("web", "&db", "!h1"), HostPattern.split("web:&db:!h1"));
        assertEquals(List.of("web[0:2]"), HostPattern.split("web[0:2]"));
        assertEquals(List.of("fe80::1"), HostPattern.split("fe80::1"));
        assertEquals(List.of("host:22"), HostPattern.split("host:22"));
    }
}
