package io.jplay.output;

import java.util.List;
import java.util.function.Consumer;

/** Sends every event to several listeners, in the order given (e.g. the stdout callback, then the log file). */
public final class CompositeListener extends ForwardingListener {
    private final List<RunListener> listeners;

    public CompositeListener(List<? extends RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public static RunListener of(RunListener... listeners) {
        return new CompositeListener(List.of(listeners));
    }

    @Override
    protected void forward(Consumer<RunListener> event) {
        listeners.forEach(event);
    }
}
