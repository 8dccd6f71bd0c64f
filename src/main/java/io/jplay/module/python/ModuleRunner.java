package io.jplay.module.python;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ExecStream;
import io.jplay.connection.ShellQuote;
import io.jplay.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One resident module runner: a Python process on a target, started over the task's connection (with
 * its become), that runs each module in a child it forks, so a module run costs neither Python's
 * start-up nor the import of {@code ansible.module_utils.basic}. The protocol is described in
 * {@code runner.py}. A module's zip crosses the connection once per runner.
 *
 * <p>Not thread-safe: one request at a time ({@link ModuleRunners} hands a runner to one task at a
 * time). Its frames are read on a daemon thread of its own, so a waiting task can be interrupted.
 */
final class ModuleRunner implements AutoCloseable {
    private static final String SCRIPT = script();
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);

    /**
     * Why a runner could not serve a request.
     *
     * @see #moduleStarted()
     */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean moduleStarted;

        Failure(String message, boolean moduleStarted) {
            super(message, null, false, false);
            this.moduleStarted = moduleStarted;
        }

        /** Whether the module may have run (then running it again elsewhere could run it twice). */
        boolean moduleStarted() {
            return moduleStarted;
        }
    }

    private final ExecStream stream;
    private final OutputStream in;
    private final BlockingQueue<RunnerFrame> frames = new LinkedBlockingQueue<>();
    private final Set<String> zips = new HashSet<>();
    private final AtomicInteger zipsSent;
    private volatile boolean closed;

    private ModuleRunner(ExecStream stream, AtomicInteger zipsSent) {
        this.stream = stream;
        this.zipsSent = zipsSent;
        this.in = stream.stdin();
        Thread reader = new Thread(() -> RunnerFrame.readAll(stream.stdout(), frames), "jplay-module-runner");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a runner with {@code interpreter} as the connection's user or the become user. Empty when
     * the connection cannot stream with this become.
     *
     * @param zipsSent counts the zips this runner sends
     * @throws Failure when the runner did not come up within {@code startLimit}
     */
    static Optional<ModuleRunner> start(Connection connection, Become become, String interpreter, Duration startLimit,
            AtomicInteger zipsSent) throws ConnectionException, Failure, InterruptedException {
        String command = interpreter + " -c " + ShellQuote.quote(SCRIPT);
        Optional<ExecStream> stream = connection.open(new ExecRequest(command, null, Map.of(), become));
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        ModuleRunner runner = new ModuleRunner(stream.get(), zipsSent);
        RunnerFrame ready;
        try {
            ready = runner.frames.poll(startLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            runner.close();
            throw e;
        }
        if (ready == null || !ready.kind().equals("READY")) {
            String stderr = runner.stream.stderrText().strip();
            runner.close();
            throw new Failure("the module runner did not start" + (stderr.isEmpty() ? "" : ": " + stderr), false);
        }
        return Optional.of(runner);
    }

    /** Whether this runner can take a request. */
    boolean alive() {
        return !closed && frames.peek() == null;
    }

    /**
     * Runs one module and returns what it printed and its exit status, byte for byte. When the
     * waiting thread is interrupted (a task timeout), the module's process is killed and this runner
     * stays usable.
     */
    ExecResult run(RunnerRequest request) throws Failure, InterruptedException {
        try {
            send(request);
        } catch (IOException | UncheckedIOException e) {
            close();
            throw new Failure("the module runner stopped taking requests: " + e.getMessage(), false);
        }
        boolean started = false;
        while (true) {
            RunnerFrame frame;
            try {
                frame = frames.take();
            } catch (InterruptedException e) {
                killModule();
                throw e;
            }
            switch (frame.kind()) {
                case "S" -> started = true;
                case "D" -> {
                    return new ExecResult(frame.number(), frame.stdout(), frame.stderr());
                }
                default -> {
                    String why = frame.kind().equals("E") ? new String(frame.stdout(), StandardCharsets.UTF_8)
                            : stream.stderrText().strip();
                    close();
                    throw new Failure("the module runner ended" + (why.isEmpty() ? "" : ": " + why), started);
                }
            }
        }
    }

    private void send(RunnerRequest request) throws IOException {
        PayloadCache.Payload payload = request.payload();
        if (!zips.contains(payload.digest())) {
            in.write(header("Z", payload.digest(), request.shortName(), payload.zip().length));
            in.write(payload.zip());
            zips.add(payload.digest());
            zipsSent.incrementAndGet();
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("module", request.pythonName());
        meta.put("zip", payload.digest());
        meta.put("env", new LinkedHashMap<String, Object>(request.environment()));
        byte[] metaJson = JsonWriter.python().write(meta).getBytes(StandardCharsets.UTF_8);
        in.write(header("R", metaJson.length, request.args().length));
        in.write(metaJson);
        in.write(request.args());
        in.flush();
    }

    /** Kills the module being run and waits (not interruptibly) for its end; closes this runner when it does not end. */
    private void killModule() {
        boolean interrupted = false;
        long deadline = System.nanoTime() + KILL_GRACE.toNanos();
        try {
            in.write(header("K"));
            in.flush();
            while (true) {
                long left = deadline - System.nanoTime();
                try {
                    RunnerFrame frame = frames.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                    if (frame == null || !frame.kind().equals("S") && !frame.kind().equals("D")) {
                        close();
                        return;
                    }
                    if (frame.kind().equals("D")) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (IOException e) {
            close();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static byte[] header(String kind, Object... words) {
        StringBuilder sb = new StringBuilder(kind);
        for (Object w : words) {
            sb.append(' ').append(w);
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        closed = true;
        stream.close();
    }

    /** The runner program without its comment lines (it travels on a command line). */
    private static String script() {
        try (InputStream s = ModuleRunner.class.getResourceAsStream("runner.py")) {
            if (s == null) {
                throw new IllegalStateException("runner.py is missing from jplay's jar");
            }
            StringBuilder sb = new StringBuilder();
            new String(s.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .forEach(line -> sb.append(line).append('\n'));
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
