package io.jplay.output;

import java.time.Clock;
import java.util.List;

/**
 * Writes what the default callback shows to Ansible's {@code log_path} format: each message prefixed with
 * {@code 2026-11-30 00:36:39,123 p=PID u=USER n=ansible | }, no colours, no leading blank lines, the
 * recap's plain lines, and no debug-coloured lines (async, retries, task paths).
 * Combine it with the stdout callback through {@link CompositeListener}.
 */
public final class LogFileListener implements RunListener {
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
    public void playbookStart(String playbookPath) {
        renderer.playbookStart(playbookPath);
    }

    @Override
    public void playStart(PlayStart play) {
        renderer.playStart(play);
    }

    @Override
    public void noHostsMatched() {
        renderer.noHostsMatched();
    }

    @Override
    public void noHostsRemaining() {
        renderer.noHostsRemaining();
    }

    @Override
    public void taskStart(TaskStart task) {
        renderer.taskStart(task);
    }

    @Override
    public void hostResult(HostResult result) {
        renderer.hostResult(result);
    }

    @Override
    public void fileDiff(HostResult result) {
        renderer.fileDiff(result);
    }

    @Override
    public void itemResult(ItemResult result) {
        renderer.itemResult(result);
    }

    @Override
    public void retrying(Retry retry) {
        renderer.retrying(retry);
    }

    @Override
    public void asyncPoll(AsyncEvent event) {
        renderer.asyncPoll(event);
    }

    @Override
    public void asyncOk(AsyncEvent event) {
        renderer.asyncOk(event);
    }

    @Override
    public void asyncFailed(AsyncEvent event) {
        renderer.asyncFailed(event);
    }

    @Override
    public void included(String file, List<String> hosts, Object item) {
        renderer.included(file, hosts, item);
    }

    @Override
    public void handlerNotified(String handler, String host) {
        renderer.handlerNotified(handler, host);
    }

    @Override
    public void warning(String message) {
        renderer.warning(message);
    }

    @Override
    public void deprecation(String message) {
        renderer.deprecation(message);
    }

    @Override
    public void deprecated(Deprecation deprecation) {
        renderer.deprecated(deprecation);
    }

    @Override
    public void verbose(int level, String message) {
        renderer.verbose(level, message);
    }

    @Override
    public void stats(RunStats stats) {
        renderer.stats(stats);
    }
}
