package io.jplay.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test utility: records every event it receives, in order, as {@code name} + payload. */
final class RecordingListener implements RunListener {
    /** One recorded event. */
    record Event(String name, Object payload) {
    }

    private final List<Event> events = new ArrayList<>();

    List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    List<String> names() {
        return events.stream().map(Event::name).toList();
    }

    private void record(String name, Object payload) {
        events.add(new Event(name, payload));
    }

    @Override
    public void playbookStart(String playbookPath) {
        record("playbookStart", playbookPath);
    }

    @Override
    public void playStart(PlayStart play) {
        record("playStart", play);
    }

    @Override
    public void noHostsMatched() {
        record("noHostsMatched", null);
    }

    @Override
    public void noHostsRemaining() {
        record("noHostsRemaining", null);
    }

    @Override
    public void taskStart(TaskStart task) {
        record("taskStart", task);
    }

    @Override
    public void hostResult(HostResult result) {
        record("hostResult", result);
    }

    @Override
    public void fileDiff(HostResult result) {
        record("fileDiff", result);
    }

    @Override
    public void itemResult(ItemResult result) {
        record("itemResult", result);
    }

    @Override
    public void retrying(Retry retry) {
        record("retrying", retry);
    }

    @Override
    public void asyncPoll(AsyncEvent event) {
        record("asyncPoll", event);
    }

    @Override
    public void asyncOk(AsyncEvent event) {
        record("asyncOk", event);
    }

    @Override
    public void asyncFailed(AsyncEvent event) {
        record("asyncFailed", event);
    }

    @Override
    public void included(Included included) {
        record("included", List.of(included.file(), included.hosts(), included.item() == null ? "" : included.item()));
    }

    @Override
    public void handlerNotified(String handler, String host) {
        record("handlerNotified", List.of(handler, host));
    }

    @Override
    public void warning(String message) {
        record("warning", message);
    }

    @Override
    public void deprecation(String message) {
        record("deprecation", message);
    }

    @Override
    public void deprecated(Deprecation deprecation) {
        record("deprecated", deprecation);
    }

    @Override
    public void verbose(int level, String message) {
        record("verbose", List.of(level, message));
    }

    @Override
    public void stats(RunStats stats) {
        record("stats", stats);
    }

    @Override
    public void playbookEnd() {
        record("playbookEnd", null);
    }
}
