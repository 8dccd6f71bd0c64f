package io.jplay.bench;

import io.jplay.async.AsyncListener;
import io.jplay.async.AsyncPoller;
import io.jplay.async.JobFile;
import io.jplay.async.JobProbe;
import io.jplay.connection.Connection;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The controller side of async polling, with the network taken out: parsing job files
 * ({@link JobFile#statusResult}) and a whole {@link AsyncPoller#poll} of a job that is seen running
 * {@value #RUNNING_CHECKS} times and then finished, over a connection that answers in memory and a
 * sleeper that does not sleep. What remains is jplay's own cost per check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PollLoopBenchmark {
    static final int RUNNING_CHECKS = 3;
    static final String RUNNING = "{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"j123456789.4242\"}";
    static final String FINISHED = "{\"changed\": true, \"stdout\": \"line one\\nline two\\nline three\", \"stderr\": \"\","
            + " \"rc\": 0, \"cmd\": [\"sleep\", \"3\"], \"start\": \"2026-11-30 01:00:00.123456\","
            + " \"end\": \"2026-11-30 01:00:03.130000\", \"delta\": \"0:00:03.006544\", \"msg\": \"\","
            + " \"invocation\": {\"module_args\": {\"_raw_params\": \"sleep 3\", \"_uses_shell\": false,"
            + " \"warn\": false, \"stdin_add_newline\": true, \"strip_empty_ends\": true, \"argv\": null,"
            + " \"chdir\": null, \"executable\": null, \"creates\": null, \"removes\": null, \"stdin\": null}}}";
    /** JobProbe's mark with a generator that always gives 42. */
    static final String MARK = "--jplay-job-" + Long.toHexString(42L) + "--";

    private AsyncPoller poller;
    private Map<String, Object> invocation;

    @Setup
    public void setUp() {
        poller = new AsyncPoller(d -> { }, new JobProbe(() -> 42L));
        invocation = Map.of("jid", "j123456789.4242", "mode", "status");
    }

    @Benchmark
    public Map<String, Object> parseRunningRecord() {
        return JobFile.statusResult("j123456789.4242", "/home/u/.ansible_async/j123456789.4242", RUNNING, invocation);
    }

    @Benchmark
    public Map<String, Object> parseFinishedRecord() {
        return JobFile.statusResult("j123456789.4242", "/home/u/.ansible_async/j123456789.4242", FINISHED, invocation);
    }

    @Benchmark
    public Map<String, Object> pollUntilFinished() throws Exception {
        ScriptedConnection connection = new ScriptedConnection();
        return poller.poll(connection, null,
                new AsyncPoller.Job("h001", "j123456789.4242", "/home/u/.ansible_async/j123456789.4242", 10, 1),
                AsyncListener.none());
    }

    /** Answers status checks from memory: running {@value #RUNNING_CHECKS} times, then finished. */
    static final class ScriptedConnection implements Connection {
        private int checks;

        @Override
        public ExecResult exec(ExecRequest request) {
            if (!request.command().contains(MARK)) {
                return new ExecResult(0, new byte[0], new byte[0]); // cleanup
            }
            String record = checks++ < RUNNING_CHECKS ? RUNNING : FINISHED;
            String out = "\n" + MARK + " alive present\n" + record;
            return new ExecResult(0, out.getBytes(StandardCharsets.UTF_8), new byte[0]);
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
        public void close() {
        }
    }
}
