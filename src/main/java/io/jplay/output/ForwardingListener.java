package io.jplay.output;

import java.util.List;
import java.util.function.Consumer;

/**
 * A listener that hands every event on, as a call to make on some {@link RunListener}, to
 * {@link #forward}: the one place that lists every event for forwarding. A listener that passes
 * events on (to several listeners, to a renderer it wraps) extends it and says where they go, and
 * overrides only the events it treats differently. {@code ForwardingListenerTest} fails when an
 * event of {@link RunListener} is not forwarded here.
 */
public abstract class ForwardingListener implements RunListener {

    /** Delivers one event: {@code event} makes the call on the listener(s) it is given. */
    protected abstract void forward(Consumer<RunListener> event);

    @Override
    public void playbookStart(String playbookPath) {
        forward(l -> l.playbookStart(playbookPath));
    }

    @Override
    public void playStart(PlayStart play) {
        forward(l -> l.playStart(play));
    }

    @Override
    public void noHostsMatched() {
        forward(RunListener::noHostsMatched);
    }

    @Override
    public void noHostsRemaining() {
        forward(RunListener::noHostsRemaining);
    }

    @Override
    public void taskStart(TaskStart task) {
        forward(l -> l.taskStart(task));
    }

    @Override
    public void hostResult(HostResult result) {
        forward(l -> l.hostResult(result));
    }

    @Override
    public void fileDiff(HostResult result) {
        forward(l -> l.fileDiff(result));
    }

    @Override
    public void itemResult(ItemResult result) {
        forward(l -> l.itemResult(result));
    }

    @Override
    public void retrying(Retry retry) {
        forward(l -> l.retrying(retry));
    }

    @Override
    public void asyncPoll(AsyncEvent event) {
        forward(l -> l.asyncPoll(event));
    }

    @Override
    public void asyncOk(AsyncEvent event) {
        forward(l -> l.asyncOk(event));
    }

    @Override
    public void asyncFailed(AsyncEvent event) {
        forward(l -> l.asyncFailed(event));
    }

    @Override
    public void included(Included included) {
        forward(l -> l.included(included));
    }

    @Override
    public void handlerNotified(String handler, String host) {
        forward(l -> l.handlerNotified(handler, host));
    }

    @Override
    public void warning(String message) {
        forward(l -> l.warning(message));
    }

    @Override
    public void error(String message) {
        forward(l -> l.error(message));
    }

    @Override
    public void errorUnwrapped(String message) {
        forward(l -> l.errorUnwrapped(message));
    }

    @Override
    public void display(String line) {
        forward(l -> l.display(line));
    }

    @Override
    public void workerWarning(String message) {
        forward(l -> l.workerWarning(message));
    }

    @Override
    public void banner(String text) {
        forward(l -> l.banner(text));
    }

    @Override
    public void deprecation(String message) {
        forward(l -> l.deprecation(message));
    }

    @Override
    public void deprecated(Deprecation deprecation) {
        forward(l -> l.deprecated(deprecation));
    }

    @Override
    public void verbose(int level, String message) {
        forward(l -> l.verbose(level, message));
    }

    @Override
    public void stats(RunStats stats) {
        forward(l -> l.stats(stats));
    }

    @Override
    public void playbookEnd() {
        forward(RunListener::playbookEnd);
    }
}
