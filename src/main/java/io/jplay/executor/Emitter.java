package io.jplay.executor;

import io.jplay.output.RunListener;
import java.util.function.Consumer;

/** Where a worker sends its events; they reach the listener in a stable order, from one thread. */
@FunctionalInterface
interface Emitter {

    void emit(Consumer<RunListener> event);
}
