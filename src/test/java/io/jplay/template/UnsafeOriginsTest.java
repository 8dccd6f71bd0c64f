package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.yaml.Unsafe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strings from unsafe variables are found by identity; equal text made elsewhere is not unsafe. */
class UnsafeOriginsTest {

    @Test
    void stringsInsideUnsafeValuesAreFoundByIdentity() {
        String stdout = new String("hi");
        String line = new String("hi");
        String item = new String("x");
        String plain = new String("hi");
        Map<String, Object> vars = Map.of(
                "r", new Unsafe(Map.of("stdout", stdout, "stdout_lines", List.of(line), "rc", 0L)),
                "item", new Unsafe(item),
                "plain", plain);
        List<String> wanted = new ArrayList<>();
        UnsafeOrigins.strings(List.of(stdout, Map.of("k", line), plain, item, new String("hi")), wanted);
        UnsafeOrigins found = UnsafeOrigins.find(vars, wanted);
        assertTrue(found.contains(stdout));
        assertTrue(found.contains(line));
        assertTrue(found.contains(item));
        assertFalse(found.contains(plain), "a plain variable with the same text");
        assertFalse(found.contains(wanted.get(wanted.size() - 1)), "text an expression made");
    }

    @Test
    void pluginArgumentsCarryTheMark() {
        String stdout = new String("out");
        assertTrue(PluginCalls.toWire(new Unsafe(stdout)) instanceof Unsafe);
        assertFalse(PluginCalls.toWire("out") instanceof Unsafe);
        assertFalse(UnsafeOrigins.find(Map.of("r", new Unsafe(stdout)), List.of()).contains(stdout),
                "nothing searched when no string is passed");
    }

    @Test
    void noneInsideAnUnsafeValueIsSkipped() {
        String stdout = new String("2");
        java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("argv", null);
        result.put("stdout", stdout);
        result.put("cmd", java.util.Arrays.asList("echo", null));
        Map<String, Object> vars = Map.of("r", new Unsafe(result));
        assertTrue(UnsafeOrigins.fromUnsafe(vars, stdout), "a registered result with None values (a debug var of it)");
        assertFalse(UnsafeOrigins.fromUnsafe(vars, new String("2")));
    }
}
