package io.jplay.vars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** hash_behaviour = merge: a mapping in several layers is their recursive merge, other values replaced. */
class LayeredVarsMergeTest {

    private static final List<Map<String, ?>> LAYERS = List.of(
            Map.of("cfg", Map.of("a", 1L, "nested", Map.of("x", 1L, "y", 1L)), "list", List.of(1L)),
            Map.of("cfg", Map.of("b", 2L, "nested", Map.of("y", 2L)), "list", List.of(2L)));

    @Test
    void mappingsMergeUpTheLayers() {
        LayeredVars merged = new LayeredVars(LAYERS, true);
        assertEquals(Map.of("a", 1L, "b", 2L, "nested", Map.of("x", 1L, "y", 2L)), merged.get("cfg"));
        assertEquals(List.of(2L), merged.get("list"));
        assertEquals(merged.get("cfg"), Map.copyOf(merged).get("cfg"));
    }

    @Test
    void replaceIsTheDefault() {
        assertEquals(Map.of("b", 2L, "nested", Map.of("y", 2L)), new LayeredVars(LAYERS).get("cfg"));
    }

    @Test
    void aTextOverAMappingReplacesIt() {
        LayeredVars vars = new LayeredVars(List.of(Map.of("cfg", Map.of("a", 1L)), Map.of("cfg", "text"),
                Map.of("cfg", Map.of("b", 2L))), true);
        assertEquals(Map.of("b", 2L), vars.get("cfg"));
    }
}
