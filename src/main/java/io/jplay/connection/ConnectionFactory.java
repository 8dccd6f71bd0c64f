package io.jplay.connection;

import java.time.Duration;

/**
 * Opens (or hands back an already open) connection for a target. One instance lives for a whole
 * run so that a host's transport is reused by every task.
 */
public interface ConnectionFactory extends AutoCloseable {

    Connection connect(ConnectionTarget target) throws ConnectionException;

    /**
     * Ends the commands the run's connections are running now, for an interrupted run: every one
     * gets {@code SIGTERM}, what still runs after {@code grace} gets {@code SIGKILL}, and this
     * returns once they ended or after twice {@code grace}. Whether every command ended.
     */
    default boolean stopRunning(Duration grace) throws InterruptedException {
        return true;
    }

    /** Closes every connection this factory opened. */
    @Override
    void close();
}
