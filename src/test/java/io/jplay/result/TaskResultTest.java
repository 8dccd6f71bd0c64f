package io.jplay.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status of a result dictionary, with Ansible's precedence and Python truthiness. */
class TaskResultTest {

    @Test
    void unreachableWinsOverFailedWhichWinsOverSkipped() {
        assertEquals(TaskResult.Status.UNREACHABLE,
                TaskResult.of(Map.of("unreachable", true, "failed", true, "skipped", true)).status());
        assertEquals(TaskResult.Status.FAILED, TaskResult.of(Map.of("failed", true, "skipped", true)).status());
        assertEquals(TaskResult.Status.SKIPPED, TaskResult.of(Map.of("skipped", true)).status());
        assertEquals(TaskResult.Status.OK, TaskResult.of(Map.of()).status());
    }

    @Test
    void asyncRecordsUseIntegersAsBooleans() {
        assertTrue(TaskResult.of(Map.of("failed", 1L)).failed());
        assertFalse(TaskResult.of(Map.of("failed", 0L, "changed", 1L)).failed());
        assertTrue(TaskResult.of(Map.of("changed", 1L)).changed());
    }

    @Test
    void truthIsPythons() {
        assertFalse(Truth.isTrue(null));
        assertFalse(Truth.isTrue(""));
        assertFalse(Truth.isTrue(0.0));
        assertFalse(Truth.isTrue(List.of()));
        assertFalse(Truth.isTrue(Map.of()));
        assertTrue(Truth.isTrue("False"));
        assertTrue(Truth.isTrue(List.of(0)));
    }

    @Test
    void valuesAreAnUnmodifiableCopy() {
        java.util.Map<String, Object> source = new java.util.LinkedHashMap<>(Map.of("rc", 0L));
        TaskResult r = TaskResult.of(source);
        source.put("rc", 1L);
        assertEquals(0L, r.values().get("rc"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> r.values().put("x", 1));
    }
}
