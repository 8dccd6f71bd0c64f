package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roll-up of item results into the task result, as ansible-core's task executor builds it. */
class LoopRunnerTest {

    @Test
    void anyChangedItemMakesTheTaskChanged() {
        Map<String, Object> r = LoopRunner.combine(List.of(Map.of("changed", false), Map.of("changed", true)));
        assertEquals(true, r.get("changed"));
        assertEquals("All items completed", r.get("msg"));
        assertEquals(false, r.get("skipped"));
        assertFalse(r.containsKey("failed"));
    }

    @Test
    void oneFailedItemFailsTheTask() {
        Map<String, Object> r = LoopRunner.combine(List.of(Map.of("failed", false), Map.of("failed", 1L)));
        assertEquals(true, r.get("failed"));
        assertEquals("One or more items failed", r.get("msg"));
    }

    @Test
    void allSkippedItemsSkipTheTask() {
        Map<String, Object> r = LoopRunner.combine(List.of(Map.of("skipped", true), Map.of("skipped", true)));
        assertEquals(true, r.get("skipped"));
        assertEquals("All items skipped", r.get("msg"));
        assertFalse(r.containsKey("changed"));
    }
}
