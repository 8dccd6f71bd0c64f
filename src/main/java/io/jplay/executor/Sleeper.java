package io.jplay.executor;

/** Waits; injected so that tests of retries and pauses never sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(long millis) throws InterruptedException;

    Sleeper REAL = Thread::sleep;
}
