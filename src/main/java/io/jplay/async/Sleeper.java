package io.jplay.async;

import java.time.Duration;

/** Waits between status checks; tests pass a recording sleeper that never blocks. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep}. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
