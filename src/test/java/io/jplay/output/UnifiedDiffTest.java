package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected hunks were produced by Python 3.11's difflib.unified_diff (n=3) on random edits, some over 200 lines. */
class UnifiedDiffTest {

    static Stream<String> cases() {
        return Golden.read("default/difflib-cases.jsonl").lines().filter(l -> !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void producesTheSameHunksAsDifflib(String line) {
        Map<String, Object> c = EventScript.json(line);
        assertEquals(c.get("out"), UnifiedDiff.lines((List<String>) c.get("a"), (List<String>) c.get("b"), "before",
                "after", 3));
    }
}
