package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.json.JsonParser;
import io.jplay.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link PyLiteral} and {@link PyShlex} against values recorded from Python 3.11 and ansible-core
 * 2.14 ({@code literal_shlex.json}): {@code ast.literal_eval} as the INI inventory applies it,
 * Ansible's {@code ansible_eval_concat} on rendered text, and {@code shlex.split}. Values are
 * compared as JSON, as recorded (tuples as lists, keys as text).
 */
class PyLiteralTest {
    private static final JsonWriter JSON = JsonWriter.python();

    @SuppressWarnings("unchecked")
    private static Map<String, List<List<Object>>> recorded() throws Exception {
        try (InputStream in = PyLiteralTest.class.getResourceAsStream("/python/literal_shlex.json")) {
            return (Map<String, List<List<Object>>>) JsonParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void literalEvalAsTheIniInventory() throws Exception {
        for (List<Object> row : recorded().get("ini")) {
            String text = (String) row.get(0);
            assertEquals(JSON.write(row.get(1)), JSON.write(PyLiteral.literalEval(text)), text);
        }
    }

    @Test
    void ansibleEvalTakesJsonNames() throws Exception {
        for (List<Object> row : recorded().get("ansible")) {
            String text = (String) row.get(0);
            assertEquals(JSON.write(row.get(1)), JSON.write(PyLiteral.ansibleEval(text)), text);
        }
    }

    @Test
    void shlexSplitsAsPython() throws Exception {
        for (List<Object> row : recorded().get("shlex")) {
            String text = (String) row.get(0);
            Object got;
            try {
                got = PyShlex.split(text, (Boolean) row.get(1));
            } catch (PyShlex.SplitError e) {
                got = "ValueError: " + e.getMessage();
            }
            assertEquals(row.get(2), got, text);
        }
    }

    @Test
    void setLiteralsAndUnhashableKeysAsLiteralEval() {
        org.junit.jupiter.api.Assertions.assertEquals(new java.util.LinkedHashSet<>(java.util.List.of(1L, 2L)),
                PyLiteral.ansibleEval("{1, 2}"));
        org.junit.jupiter.api.Assertions.assertEquals("unhashable type: 'set'", org.junit.jupiter.api.Assertions.assertThrows(
                PyLiteral.Unhashable.class, () -> PyLiteral.ansibleEval("{{'nested'}}")).getMessage());
        org.junit.jupiter.api.Assertions.assertEquals("unhashable type: 'list'", org.junit.jupiter.api.Assertions.assertThrows(
                PyLiteral.Unhashable.class, () -> PyLiteral.nativeEval("{[1]: 2}")).getMessage());
        // an inventory value Python cannot read stays text
        org.junit.jupiter.api.Assertions.assertEquals("{[1]: 2}", PyLiteral.literalEval("{[1]: 2}"));
        org.junit.jupiter.api.Assertions.assertEquals("{1: 2, 3}", PyLiteral.ansibleEval("{1: 2, 3}"));
    }
}
