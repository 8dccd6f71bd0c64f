package io.jplay.json;

import io.jplay.python.PyFloat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesLikePythonJsonDumps() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("started", 1);
        m.put("finished", 0);
        m.put("ansible_job_id", "j1.2");
        assertEquals("{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"j1.2\"}", JsonWriter.python().write(m));
    }

    @Test
    void sortsAndIndentsLikeAnsibleCallbacks() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of(1, "x"));
        m.put("a", Map.of());
        assertEquals("{\n    \"a\": {},\n    \"b\": [\n        1,\n        \"x\"\n    ]\n}",
                JsonWriter.python().sortKeys(true).indent(4).write(m));
    }

    @Test
    void escapesControlAndNonAsciiCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u00e9\"", JsonWriter.python().write("a\"b\\c\n\u0001\u00e9"));
        assertEquals("\"\u00e9\"", JsonWriter.python().ensureAscii(false).write("\u00e9"));
    }

    @Test
    void rendersFloatsAsPythonRepr() {
        assertEquals("1.0", PyFloat.repr(1.0));
        assertEquals("0.1", PyFloat.repr(0.1));
        assertEquals("1e-05", PyFloat.repr(0.00001));
        assertEquals("0.0001", PyFloat.repr(0.0001));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("123456789012345.0", PyFloat.repr(123456789012345.0));
        assertEquals("-2.5", PyFloat.repr(-2.5));
        assertEquals("3.14", PyFloat.repr(3.14));
    }

    @Test
    void parsesWhatItWrites() throws JsonException {
        Object v = JsonParser.parse("{\"a\": [1, 2.5, true, null, \"x\\u00e9\"], \"b\": {}}");
        assertEquals("{\"a\": [1, 2.5, true, null, \"x\\u00e9\"], \"b\": {}}", JsonWriter.python().write(v));
        assertEquals(Long.class, ((List<?>) ((Map<?, ?>) v).get("a")).get(0).getClass());
    }

    @Test
    void reportsErrorsWithPythonsPosition() {
        JsonException e = org.junit.jupiter.api.Assertions.assertThrows(JsonException.class,
                () -> JsonParser.parse("{\"started\": 1, \"fini"));
        assertEquals("Unterminated string starting at: line 1 column 21 (char 20)", e.getMessage());
    }
}
