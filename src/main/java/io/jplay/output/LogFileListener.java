package io.jplay.output;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Writes what the default callback shows to Ansible's {@code log_path} format: each message prefixed with
 * {@code 2026-11-30 00:36:39,123 p=PID u=USER n=ansible | }, no colours, no leading blank lines, the
 * recap's plain lines, and no debug-coloured lines (async, retries, task paths).
 * Combine it with the stdout callback through {@link CompositeListener}.
 */
public final class LogFileListener extends ForwardingListener {
    private final DefaultCallback renderer;

    /**
     * @param log where records go (opened for append by the caller)
     * @param clock time source; its zone gives the local time printed
     * @param pid the process id printed as {@code p=}
     * @param user the user name printed as {@code u=}
     */
    public LogFileListener(OutputSettings settings, Appendable log, Clock clock, long pid, String user) {
        OutputSettings plain = settings.withColor(false);
        this.renderer = new DefaultCallback(plain, new LogDisplay(plain, log, clock, pid, user));
    }

    @Override
    protected void forward(Consumer<RunListener> event) {
        event.accept(renderer);
    }

    /** Lines a module displays while it runs ({@code pause}) are not logged. */
    @Override
    public void display(String line) {
    }
}
