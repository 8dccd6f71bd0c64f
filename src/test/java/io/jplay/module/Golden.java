package io.jplay.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares a module result with what ansible-core 2.14 returned for the same task (copied from a
 * real run), after replacing timestamps and durations with placeholders and dropping the keys the
 * executor adds ({@code action}, {@code _ansible_no_log}).
 */
public final class Golden {
    private Golden() {
    }

    public static void assertMatches(String ansibleJson, Map<String, Object> actual) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> expected = (Map<String, Object>) JsonParser.parse(ansibleJson);
            assertEquals(render(normalise(expected)), render(normalise(actual)));
        } catch (JsonException e) {
            throw new AssertionError("bad golden JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> normalise(Map<String, Object> result) {
        Map<String, Object> copy = new LinkedHashMap<>(result);
        copy.remove("action");
        copy.remove("_ansible_no_log");
        for (String key : new String[] {"start", "end", "stop"}) {
            if (copy.get(key) instanceof String s) {
                copy.put(key, s.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}") ? "<time>" : s);
            }
        }
        if (copy.get("delta") instanceof String s) {
            copy.put("delta", s.matches("\\d+:\\d\\d:\\d\\d(\\.\\d{6})?") ? "<delta>" : s);
        }
        return copy;
    }

    private static String render(Map<String, Object> result) {
        return JsonWriter.python().sortKeys(true).indent(1).write(result);
    }
}
