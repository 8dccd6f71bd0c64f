package io.jplay.executor;

import io.jplay.output.RunListener;
import java.util.function.Consumer;

/** Where a worker sends its events; they reach the listener in a stable order, from one thread. */
@FunctionalInterface
interface Emitter {

    void emit(Consumer<RunListener> event);

    /** A warning from the task's worker: shown once per host and task, as each Ansible worker process shows it. */
    default void workerWarning(String message) {
        emit(l -> l.workerWarning(message));
    }

    /** This emitter for one host's run of one task, its worker warnings shown once each. */
    static Emitter forWorker(Emitter emitter) {
        java.util.Set<String> shown = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return new Emitter() {
            @Override
            public void emit(Consumer<RunListener> event) {
                emitter.emit(event);
            }

            @Override
            public void workerWarning(String message) {
                if (shown.add(message)) {
                    emitter.workerWarning(message);
                }
            }
        };
    }
}
