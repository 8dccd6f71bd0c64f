package io.jplay.output;

import java.util.List;
import java.util.function.Consumer;

/** Sends every event to several listeners, in the order given (e.g. the stdout callback, then the log file). */
public final class CompositeListener implements RunListener {
    private final List<RunListener> listeners;

    public CompositeListener(List<? extends RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public static RunListener of(RunListener... listeners) {
        return new CompositeListener(List.of(listeners));
    }

    private void each(Consumer<RunListener> event) {
        listeners.forEach(event);
    }

    @Override
    public void playbookStart(String playbookPath) {
        each(l -> l.playbookStart(playbookPath));
    }

    @Override
    public void playStart(PlayStart play) {
        each(l -> l.playStart(play));
    }

    @Override
    public void noHostsMatched() {
        each(RunListener::noHostsMatched);
    }

    @Override
    public void noHostsRemaining() {
        each(RunListener::noHostsRemaining);
    }

    @Override
    public void taskStart(TaskStart task) {
        each(l -> l.taskStart(task));
    }

    @Override
    public void hostResult(HostResult result) {
        each(l -> l.hostResult(result));
    }

    @Override
    public void fileDiff(HostResult result) {
        each(l -> l.fileDiff(result));
    }

    @Override
    public void itemResult(ItemResult result) {
        each(l -> l.itemResult(result));
    }

    @Override
    public void retrying(Retry retry) {
        each(l -> l.retrying(retry));
    }

    @Override
    public void asyncPoll(AsyncEvent event) {
        each(l -> l.asyncPoll(event));
    }

    @Override
    public void asyncOk(AsyncEvent event) {
        each(l -> l.asyncOk(event));
    }

    @Override
    public void asyncFailed(AsyncEvent event) {
        each(l -> l.asyncFailed(event));
    }

    @Override
    public void included(String file, List<String> hosts, Object item) {
        each(l -> l.included(file, hosts, item));
    }

    @Override
    public void handlerNotified(String handler, String host) {
        each(l -> l.handlerNotified(handler, host));
    }

    @Override
    public void warning(String message) {
        each(l -> l.warning(message));
    }

    @Override
    public void display(String line) {
        each(l -> l.display(line));
    }

    @Override
    public void deprecation(String message) {
        each(l -> l.deprecation(message));
    }

    @Override
    public void deprecated(Deprecation deprecation) {
        each(l -> l.deprecated(deprecation));
    }

    @Override
    public void verbose(int level, String message) {
        each(l -> l.verbose(level, message));
    }

    @Override
    public void stats(RunStats stats) {
        each(l -> l.stats(stats));
    }

    @Override
    public void playbookEnd() {
        each(RunListener::playbookEnd);
    }
}
