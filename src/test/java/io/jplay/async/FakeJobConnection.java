package io.jplay.async;

import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves scripted job-file states to status checks, in order (the last one repeats), and records
 * every command and reset. No shell runs.
 */
final class FakeJobConnection implements Connection {
    private static final Pattern MARK = Pattern.compile("--jplay-job-[0-9a-f]+--");
    private final Deque<State> states = new ArrayDeque<>();
    final List<String> commands = new ArrayList<>();
    int checks;
    int resets;

    /** One check's view of the job: file text ({@code null} = missing), liveness, or a transport failure. */
    record State(String text, String liveness, boolean unreachable) {
        static State file(String text) {
            return new State(text, "alive", false);
        }

        static State missing() {
            return new State(null, "unknown", false);
        }

        static State dead(String text) {
            return new State(text, "dead", false);
        }

        static State broken() {
            return new State(null, null, true);
        }
    }

    FakeJobConnection then(State state) {
        states.add(state);
        return this;
    }

    @Override
    public ExecResult exec(ExecRequest request) throws ConnectionException {
        commands.add(request.command());
        Matcher m = MARK.matcher(request.command());
        if (!m.find()) {
            return new ExecResult(0, new byte[0], new byte[0]);
        }
        checks++;
        State state = states.size() > 1 ? states.poll() : states.peek();
        if (state.unreachable()) {
            throw new ConnectionException("connection reset");
        }
        String out = "\n" + m.group() + " " + state.liveness() + (state.text() == null ? " missing\n" : " present\n")
                + (state.text() == null ? "" : state.text());
        return new ExecResult(0, out.getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    boolean cleanedUp() {
        return commands.stream().anyMatch(c -> c.startsWith("rm -f "));
    }

    @Override
    public void put(byte[] content, String remotePath, int mode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void fetch(String remotePath, Path localPath) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void reset() {
        resets++;
    }

    @Override
    public void close() {
    }
}
