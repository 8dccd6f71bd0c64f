package io.jplay.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplay.json.JsonParser;
import io.jplay.yaml.Unsafe;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireValuesTest {

    private static Object roundTrip(Object v) throws Exception {
        return WireValues.read(JsonParser.parse(WireValues.toJson(v)));
    }

    @Test
    void plainValuesAreJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a\"b\\c\n\u00e9");
        m.put("i", 3L);
        m.put("f", 2.0);
        m.put("b", true);
        m.put("n", null);
        m.put("l", List.of(1L, "x"));
        assertEquals("{\"s\":\"a\\\"b\\\\c\\n\u00e9\",\"i\":3,\"f\":2.0,\"b\":true,\"n\":null,\"l\":[1,\"x\"]}",
                WireValues.toJson(m));
    }

    @Test
    void pythonFloatsAndBigIntegersSurvive() throws Exception {
        assertEquals("[1e+16,NaN,-Infinity,0.1]", WireValues.toJson(List.of(1e16, Double.NaN,
                Double.NEGATIVE_INFINITY, 0.1)));
        BigInteger big = new BigInteger("123456789012345678901234567890");
        assertEquals(big, roundTrip(big));
    }

    @Test
    void controlCharactersAndSurrogatesAreEscaped() throws Exception {
        String s = "\u0001\u007f\ud83d\ude00" + "\ud800";
        assertEquals("\"\\u0001\\u007f\\ud83d\\ude00\\ud800\"", WireValues.toJson(s));
        assertEquals(s, roundTrip(s));
    }

    @Test
    void undefinedUnsafeAndTuplesAreTagged() throws Exception {
        assertEquals("{\"__jplay__\":\"undef\",\"msg\":\"'x' is undefined\",\"name\":\"x\"}",
                WireValues.toJson(new PluginUndefined("x", "'x' is undefined")));
        assertEquals(new PluginUndefined("x", "'x' is undefined"), roundTrip(new PluginUndefined("x", "'x' is undefined")));
        assertEquals(new Unsafe("{{ a }}"), roundTrip(new Unsafe("{{ a }}")));
        assertEquals(new PluginTuple(Arrays.asList(1L, null)), roundTrip(new PluginTuple(Arrays.asList(1L, null))));
    }

    @Test
    void mapsWithOtherKeysTravelAsPairs() throws Exception {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1L, "one");
        m.put("two", 2L);
        assertEquals("{\"__jplay__\":\"items\",\"v\":[[1,\"one\"],[\"two\",2]]}", WireValues.toJson(m));
        assertEquals(m, roundTrip(m));
        Map<Object, Object> tagged = Map.of("__jplay__", "x");
        assertEquals(tagged, roundTrip(tagged));
    }

    @Test
    void otherJavaTypesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WireValues.toJson(new Object()));
    }
}
