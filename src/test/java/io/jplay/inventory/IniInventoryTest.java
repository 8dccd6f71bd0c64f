package io.jplay.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden values from {@code ansible-inventory -i hosts.ini --list / --host} (ansible-core 2.14). */
class IniInventoryTest {
    @TempDir
    Path dir;
    InventoryFixtures fx = new InventoryFixtures();
    Inventory inv;

    @BeforeEach
    void load() {
        InventoryFixtures.write(dir.resolve("hosts.ini"), InventoryFixtures.SAMPLE_INI);
        inv = fx.load(dir, "hosts.ini");
    }

    @Test
    void inlineHostVarsAreTypedLikePythonLiterals() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ansible_host", "1.2.3.4");
        expected.put("x", "a b");
        expected.put("y", 5L);
        expected.put("z", true);
        expected.put("f", 1.5);
        expected.put("l", List.of(1L, 2L));
        expected.put("q", "single");
        expected.put("n", null);
        expected.put("s", "hello");
        expected.put("d", "{a:1}");
        assertEquals(expected, inv.host("h1").orElseThrow().vars());
    }

    @Test
    void groupVarsSectionValuesAreAlsoLiteralEvaluatedAndKeepSemicolons() {
        Map<String, Object> vars = inv.groups().get("web").vars();
        assertEquals(5L, vars.get("gv1"));
        assertEquals(true, vars.get("gv2"));
        assertEquals("quoted", vars.get("gv3"));
        assertEquals("a b  ; comment", vars.get("gv4"));
        assertEquals(List.of(1L, 2L), vars.get("gv5"));
        assertEquals(1L, inv.groups().get("all").vars().get("av"));
    }

    @Test
    void hostPortBecomesAnsiblePort() {
        assertEquals(Map.of("ansible_port", 2222L), inv.host("h2").orElseThrow().vars());
    }

    @Test
    void rangesExpandWithPaddingLettersAndStride() {
        assertEquals(List.of("web01.example.com", "web02.example.com", "web03.example.com", "h1", "h2"),
                inv.groups().get("web").hosts());
        assertEquals(List.of("db-a", "db-b", "db-c", "h1"), inv.groups().get("db").hosts());
        assertEquals(List.of("o0", "o4", "o8"), inv.groups().get("odd").hosts());
    }

    @Test
    void allHasUngroupedAndTopLevelGroupsAsChildren() {
        assertEquals(List.of("ungrouped", "odd", "prod"), inv.groups().get("all").children());
        assertEquals(List.of("web", "db"), inv.groups().get("prod").children());
        assertEquals(List.of("h0"), inv.groups().get("ungrouped").hosts());
        assertEquals(5, inv.groups().get("prod").priority());
        assertEquals(2, inv.groups().get("web").depth());
    }

    @Test
    void allListsHostsInAnsibleOrder() {
        assertEquals(List.of("h0", "o0", "o4", "o8", "web01.example.com", "web02.example.com", "web03.example.com",
                "h1", "h2", "db-a", "db-b", "db-c"), InventoryFixtures.names(inv.select("all")));
        assertTrue(fx.warnings.isEmpty(), fx.warnings.toString());
    }

    @Test
    void groupsOfSortsByDepthThenPriorityThenName() {
        InventoryFixtures.write(dir.resolve("prio.ini"), String.join("\n", "[a]", "h", "[b]", "h", "[c]", "h",
                "[parent:children]", "c", "[a:vars]", "v=a", "ansible_group_priority=5", "[b:vars]", "v=b"));
        Inventory p = fx.load(dir, "prio.ini");
        List<String> order = p.groupsOf(p.host("h").orElseThrow()).stream().map(Group::name).toList();
        assertEquals(List.of("all", "b", "parent", "a", "c"), order);
    }

    @Test
    void childrenMayBeDeclaredBeforeTheirGroup() {
        InventoryFixtures.write(dir.resolve("late.ini"), "[top:children]\nlate\n[late]\nx1\n");
        Inventory p = fx.load(dir, "late.ini");
        assertEquals(List.of("x1"), InventoryFixtures.names(p.select("top")));
    }

    @Test
    void undefinedChildGroupMakesTheSourceUnparsable() {
        InventoryFixtures.write(dir.resolve("bad.ini"), "[top:children]\nmissing\n");
        fx.load(dir, "bad.ini");
        assertEquals(List.of(
                " * Failed to parse " + dir.resolve("bad.ini") + " with ini plugin: " + dir.resolve("bad.ini")
                        + ":2: Section [top:children] includes undefined group: missing",
                "Unable to parse " + dir.resolve("bad.ini") + " as an inventory source",
                "No inventory was parsed, only implicit localhost is available",
                "provided hosts list is empty, only localhost is available. Note that the implicit localhost does"
                        + " not match 'all'"), fx.warnings);
    }

    @Test
    void hashInHostLineStartsAComment() {
        InventoryFixtures.write(dir.resolve("c.ini"), "h9 a=1 # b=2\nh8 c=x#y\n");
        Inventory p = fx.load(dir, "c.ini");
        assertEquals(Map.of("a", 1L), p.host("h9").orElseThrow().vars());
        assertEquals(Map.of("c", "x"), p.host("h8").orElseThrow().vars());
    }

    @Test
    void hostVarWithoutEqualsIsAnError() {
        InventoryBuilder b = new InventoryBuilder();
        InventoryException e = assertThrows(InventoryException.class,
                () -> new IniInventoryParser(b, "f").parse(Arrays.asList("h1 novalue")));
        assertEquals("f:1: Expected key=value host variable assignment, got: novalue", e.getMessage());
    }
}
