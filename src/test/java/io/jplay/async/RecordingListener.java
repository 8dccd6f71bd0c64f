package io.jplay.async;

import io.jplay.output.RunListener;
import java.util.ArrayList;
import java.util.List;

/** Records async events as lines like the default callback prints them. */
final class RecordingListener implements AsyncListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void poll(RunListener.AsyncEvent e) {
        lines.add("POLL " + e.jid() + " started=" + e.started() + " finished=" + e.finished());
    }

    @Override
    public void ok(RunListener.AsyncEvent e) {
        lines.add("OK " + e.jid());
    }

    @Override
    public void failed(RunListener.AsyncEvent e) {
        lines.add("FAILED " + e.jid());
    }

    long count(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }
}
