package io.jplay.cli;

import io.jplay.output.RunListener;
import io.jplay.output.RunStats;
import java.util.List;

/** Sends every event to several listeners in turn (stdout callback, --tree, log file). */
final class FanOut implements RunListener {
    private final List<RunListener> listeners;

    FanOut(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void playbookStart(String playbookPath) {
        listeners.forEach(l -> l.playbookStart(playbookPath));
    }

    @Override
    public void playStart(PlayStart play) {
        listeners.forEach(l -> l.playStart(play));
    }

    @Override
    public void noHostsMatched() {
        listeners.forEach(RunListener::noHostsMatched);
    }

    @Override
    public void noHostsRemaining() {
        listeners.forEach(RunListener::noHostsRemaining);
    }

    @Override
    public void taskStart(TaskStart task) {
        listeners.forEach(l -> l.taskStart(task));
    }

    @Override
    public void hostResult(HostResult result) {
        listeners.forEach(l -> l.hostResult(result));
    }

    @Override
    public void itemResult(ItemResult result) {
        listeners.forEach(l -> l.itemResult(result));
    }

    @Override
    public void retrying(Retry retry) {
        listeners.forEach(l -> l.retrying(retry));
    }

    @Override
    public void asyncPoll(AsyncEvent event) {
        listeners.forEach(l -> l.asyncPoll(event));
    }

    @Override
    public void asyncOk(AsyncEvent event) {
        listeners.forEach(l -> l.asyncOk(event));
    }

    @Override
    public void asyncFailed(AsyncEvent event) {
        listeners.forEach(l -> l.asyncFailed(event));
    }

    @Override
    public void included(String file, List<String> hosts, Object item) {
        listeners.forEach(l -> l.included(file, hosts, item));
    }

    @Override
    public void handlerNotified(String handler, String host) {
        listeners.forEach(l -> l.handlerNotified(handler, host));
    }

    @Override
    public void warning(String message) {
        listeners.forEach(l -> l.warning(message));
    }

    @Override
    public void deprecation(String message) {
        listeners.forEach(l -> l.deprecation(message));
    }

    @Override
    public void deprecated(Deprecation deprecation) {
        listeners.forEach(l -> l.deprecated(deprecation));
    }

    @Override
    public void verbose(int level, String message) {
        listeners.forEach(l -> l.verbose(level, message));
    }

    @Override
    public void stats(RunStats stats) {
        listeners.forEach(l -> l.stats(stats));
    }

    @Override
    public void playbookEnd() {
        listeners.forEach(RunListener::playbookEnd);
    }
}
