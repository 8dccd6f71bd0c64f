package io.jplay.connection;

/**
 * Opens (or hands back an already open) connection for a target. One instance lives for a whole
 * run so that a host's transport is reused by every task.
 */
public interface ConnectionFactory extends AutoCloseable {

    Connection connect(ConnectionTarget target) throws ConnectionException;

    /** Closes every connection this factory opened. */
    @Override
    void close();
}
