package io.jplay.connection;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How jplay reaches one target: run a shell command, copy files in and out. Implementations are
 * named for the mechanism ({@code LocalConnection}, {@code SshjConnection}).
 *
 * <p>Thread-safety: a connection may be used by several worker threads at once (several jobs of one
 * host, loop items); implementations serialise or multiplex as their transport needs.
 */
public interface Connection extends AutoCloseable {

    /**
     * Runs {@code request.command()} through the target's POSIX shell ({@code /bin/sh -c} or the
     * configured {@code ansible_shell_executable}) and waits for it to end.
     *
     * @throws ConnectionException when the target cannot be reached; a command that runs and fails
     *     is not an exception, it is a non-zero {@link ExecResult#rc()}
     */
    ExecResult exec(ExecRequest request) throws ConnectionException;

    /**
     * Starts {@code request.command()} as {@link #exec} would (shell, environment, become) and returns
     * at once with its streams, for a long-running command the caller talks to (the module runner).
     * {@code request.stdin()} is ignored. Empty when this connection cannot stream the request: a
     * become method that needs a terminal or a password dialog; callers then use {@link #exec}. The
     * stream is closed by the caller, or by {@link #reset()} and {@link #close()} at the latest.
     *
     * @throws ConnectionException when the target cannot be reached
     */
    default java.util.Optional<ExecStream> open(ExecRequest request) throws ConnectionException {
        return java.util.Optional.empty();
    }

    /**
     * How many streams ({@link #open}) may be open at once while {@link #exec} still finds room: a
     * stream holds what a command needs (an SSH channel) for as long as it is open. Callers that keep
     * streams open stay below it.
     */
    default int streamCapacity() {
        return Integer.MAX_VALUE;
    }

    /**
     * The connection this one is: itself, or for a wrapper that only watches another (the {@code -vvv}
     * trace), the watched one, so that what is kept per connection (module runners) is shared.
     */
    default Connection identity() {
        return this;
    }

    /** Writes {@code content} to {@code remotePath} on the target with the given octal mode. */
    void put(byte[] content, String remotePath, int mode) throws ConnectionException;

    /** Copies {@code remotePath} on the target to {@code localPath} on the controller. */
    void fetch(String remotePath, Path localPath) throws ConnectionException;

    /**
     * Signals every command this connection is running now (an interrupted run, Ctrl-C):
     * {@code SIGTERM}, or {@code SIGKILL} when {@code force}. Returns at once, with how many commands
     * were signalled; {@link #awaitIdle} waits for them to end.
     */
    default int signalRunning(boolean force) {
        return 0;
    }

    /** Waits until no command runs on this connection, at most {@code limit}; whether none does. */
    default boolean awaitIdle(Duration limit) throws InterruptedException {
        return true;
    }

    /** Drops a broken transport so that the next call opens a fresh one (Ansible's {@code reset}). */
    default void reset() {
    }

    @Override
    void close();
}
