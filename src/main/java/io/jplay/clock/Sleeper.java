package io.jplay.clock;

import java.time.Duration;

/**
 * Waits: between async status checks, retries of {@code until}, loop pauses and {@code pause}.
 * Injected everywhere so that tests never sleep (they pass a recording sleeper).
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep}. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
