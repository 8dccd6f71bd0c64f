package io.jplay.executor;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The task keyword {@code timeout}: the action runs on its own thread and is interrupted when it has
 * not finished after that many seconds, as ansible-core's alarm ends the action.
 */
final class TaskTimeout {
    private TaskTimeout() {
    }

    /** The action, throwing whatever it throws. */
    @FunctionalInterface
    interface Action {
        Map<String, Object> run() throws Exception;
    }

    /** Thrown when the action did not finish in time. */
    static final class Expired extends Exception {
        private static final long serialVersionUID = 1L;

        Expired() {
            super(null, null, false, false);
        }
    }

    /** Runs {@code action}, on this thread when {@code seconds} is not positive. */
    static Map<String, Object> run(int seconds, Action action) throws Exception {
        if (seconds <= 0) {
            return action.run();
        }
        FutureTask<Map<String, Object>> task = new FutureTask<>(action::run);
        Thread thread = new Thread(task, Thread.currentThread().getName() + "-timeout");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new Expired();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Ansible's result for an action that ran out of time. */
    static String message(String action, int seconds) {
        return "The " + action + " action failed to execute in the expected time frame (" + seconds
                + ") and was terminated";
    }
}
