package io.jplay.async;

import io.jplay.output.RunListener;

/**
 * Receives the ASYNC POLL / OK / FAILED events of one polled job, on the polling thread. The events
 * are {@link RunListener.AsyncEvent}s so that an executor can forward them as they are.
 */
public interface AsyncListener {

    /** A status check found the job unfinished ({@code ASYNC POLL on host: jid=.. started=.. finished=..}). */
    default void poll(RunListener.AsyncEvent event) {
    }

    /** Polling ended with a result that is not failed ({@code ASYNC OK}); sent before changed_when/failed_when. */
    default void ok(RunListener.AsyncEvent event) {
    }

    /** Polling ended with a failed result, the controller-side timeout included ({@code ASYNC FAILED}). */
    default void failed(RunListener.AsyncEvent event) {
    }

    /** A listener that drops every event. */
    static AsyncListener none() {
        return new AsyncListener() {
        };
    }

    /** Forwards to a {@link RunListener}'s async methods. */
    static AsyncListener of(RunListener listener) {
        return new AsyncListener() {
            @Override
            public void poll(RunListener.AsyncEvent event) {
                listener.asyncPoll(event);
            }

            @Override
            public void ok(RunListener.AsyncEvent event) {
                listener.asyncOk(event);
            }

            @Override
            public void failed(RunListener.AsyncEvent event) {
                listener.asyncFailed(event);
            }
        };
    }
}
