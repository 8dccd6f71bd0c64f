package io.jplay.testing;

import java.time.Duration;

/**
 * Waits in tests for a condition instead of for a fixed time: polls every 20 ms and fails with what
 * it waited for once the limit has passed. A fixed sleep is either too short on a loaded machine or
 * wastes time on a fast one.
 */
public final class Await {
    private static final long POLL_MILLIS = 20;

    /** A condition that may throw (e.g. reads a file); a thrown exception fails the wait at once. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /** Returns as soon as {@code condition} holds; throws AssertionError naming {@code what} after {@code limit}. */
    public static void until(String what, Duration limit, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + limit.toMillis() + " ms for " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
