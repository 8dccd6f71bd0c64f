package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TaskTimeoutTest {
    @Test
    void aQuickActionReturnsItsResult() throws Exception {
        assertEquals(Map.of("ok", 1), TaskTimeout.run(5, () -> Map.of("ok", 1)));
        assertEquals(Map.of("ok", 2), TaskTimeout.run(0, () -> Map.of("ok", 2)));
    }

    @Test
    void aSlowActionIsInterruptedAndExpires() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        Object lock = new Object();
        assertThrows(TaskTimeout.Expired.class, () -> TaskTimeout.run(1, () -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
            return Map.of();
        }));
        synchronized (lock) {
            if (!interrupted.get()) {
                lock.wait(5_000);
            }
        }
        assertTrue(interrupted.get());
    }

    @Test
    void theActionsOwnFailureIsRethrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TaskTimeout.run(5, () -> { throw new IllegalStateException("boom"); }));
        assertEquals("boom", e.getMessage());
        assertEquals("The command action failed to execute in the expected time frame (3) and was terminated",
                TaskTimeout.message("command", 3));
    }
}
