package io.jplay.async;

import io.jplay.clock.Sleeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.LocalConnection;
import io.jplay.json.JsonParser;
import io.jplay.module.RemoteScript.Form;
import io.jplay.testing.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real sh wrapper, run through LocalConnection, each test with its own async dir. */
@Tag("slow")
class AsyncWrapperScriptTest {
    @TempDir
    Path tmp;
    final LocalConnection connection = new LocalConnection(null);
    final AsyncTaskRunner runner = new AsyncTaskRunner(new SplittableRandom(), Sleeper.system());
    final RecordingListener listener = new RecordingListener();

    Map<String, Object> run(Form form, Map<String, Object> args, Map<String, String> env, int async, int poll)
            throws Exception {
        TestContext ctx = new TestContext(connection, args, Map.of(), env, false);
        return runner.run(ctx, new ScriptModule(form), async, poll, tmp.resolve("async").toString(), listener);
    }

    Map<String, Object> run(String cmd, int async, int poll) throws Exception {
        return run(Form.COMMAND, Map.of("cmd", cmd), Map.of(), async, poll);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String text) throws Exception {
        return (Map<String, Object>) JsonParser.parse(text);
    }

    @Test
    void commandIsPolledToTheEndAndItsFileRemoved() throws Exception {
        Map<String, Object> r = run("printf 'a\\nb\\n'; echo warn >&2", 10, 1);
        assertEquals(0L, r.get("rc"), r.toString());
        assertEquals("a\nb", r.get("stdout"));
        assertEquals("warn", r.get("stderr"));
        assertEquals(List.of("a", "b"), r.get("stdout_lines"));
        assertEquals(true, r.get("changed"));
        assertEquals(1L, r.get("finished"));
        assertEquals("", r.get("msg"));
        assertEquals(List.of("sh", "-c", "printf 'a\\nb\\n'; echo warn >&2"), r.get("cmd"));
        assertTrue(r.get("delta").toString().matches("0:00:0\\d(\\.\\d{6})?"), r.get("delta").toString());
        assertTrue(r.get("start").toString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?"));
        assertFalse(Files.exists(Path.of(r.get("results_file").toString())));
        assertFalse(Files.exists(tmp.resolve("async/." + r.get("ansible_job_id") + ".pid")));
        assertEquals(List.of("OK " + r.get("ansible_job_id")), listener.lines);
    }

    @Test
    void nonZeroRcWritesAnsiblesFailedRecordInItsKeyOrder() throws Exception {
        Map<String, Object> launch = run("echo out; exit 3", 10, 0);
        String text = Host.awaitFinal(Path.of(launch.get("results_file").toString()), 5000);
        assertTrue(text.matches("\\{\"changed\": true, \"stdout\": \"out\", \"stderr\": \"\", \"rc\": 3, "
                + "\"cmd\": \\[\"sh\", \"-c\", \"echo out; exit 3\"\\], \"start\": \"[^\"]+\", \"end\": \"[^\"]+\", "
                + "\"delta\": \"[^\"]+\", \"failed\": true, \"msg\": \"non-zero return code\", "
                + "\"invocation\": \\{\"module_args\": \\{\"_raw_params\": \"echo out; exit 3\"}}}"), text);
    }

    @Test
    void polledFailureIsReportedAsAsyncFailed() throws Exception {
        Map<String, Object> r = run("exit 3", 10, 1);
        assertEquals(true, r.get("failed"));
        assertEquals("non-zero return code", r.get("msg"));
        assertEquals(List.of("FAILED " + r.get("ansible_job_id")), listener.lines);
    }

    @Test
    void launchReturnsAtOnceAndTheDetachedJobRunsOn() throws Exception {
        long t0 = System.nanoTime();
        Map<String, Object> r = run("sleep 2; echo done", 10, 0);
        long launchMillis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(launchMillis < 1500, "launch took " + launchMillis + " ms");
        String jid = r.get("ansible_job_id").toString();
        assertTrue(JobId.isJobId(jid) && jid.startsWith("j"), jid);
        assertEquals(List.of("failed", "started", "finished", "ansible_job_id", "results_file", "changed"),
                List.copyOf(r.keySet()));
        assertEquals(0L, r.get("failed"));
        assertEquals(true, r.get("changed"));
        Path job = tmp.resolve("async").resolve(jid);
        assertEquals(job.toString(), r.get("results_file"));
        assertEquals("{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"" + jid + "\"}", Files.readString(job));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tmp.resolve("async"))));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(job)));
        assertEquals("done", parse(Host.awaitFinal(job, 6000)).get("stdout"));
    }

    /** With timeout(1) it stops the job's group; without it, the wrapper's own watchdog does. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void watchdogKillsTheWholeProcessGroupAtTheLimitAndNotBefore(boolean timeoutProgram) throws Exception {
        long t0 = System.nanoTime();
        Map<String, Object> r = run(Form.COMMAND, Map.of("cmd", "sleep 10 & sleep 10; echo survived"),
                timeoutProgram ? Map.of() : Map.of("JPLAY_ASYNC_NO_TIMEOUT", "1"), 2, 0);
        Path job = Path.of(r.get("results_file").toString());
        String text = Host.awaitFinal(job, 6000);
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(elapsed >= 2000 && elapsed < 3500, "timeout record after " + elapsed + " ms");
        String pgid = Files.readString(tmp.resolve("async/." + r.get("ansible_job_id") + ".pid")).split(" ")[0];
        assertEquals("{\"msg\": \"Timeout exceeded\", \"failed\": true, \"child_pid\": " + pgid + "}", text);
        String alive = "kill -0 -" + pgid.trim() + " 2>/dev/null";
        Await.until("the job's process group to end", Duration.ofSeconds(5),
                () -> Host.run(Map.of(), "sh", "-c", alive).rc() != 0);
        assertFalse(Files.readString(job).contains("survived"));
    }

    @Test
    void laterLaunchesRunTheInstalledWrapperByPathAndReinstallItWhenItIsGone() throws Exception {
        List<String> commands = new ArrayList<>();
        Connection recording = new Connection() {
            @Override
            public ExecResult exec(ExecRequest request) throws ConnectionException {
                commands.add(request.command());
                return connection.exec(request);
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
        };
        TestContext ctx = new TestContext(recording, Map.of("cmd", "echo one"), Map.of(), Map.of(), false);
        String dir = tmp.resolve("async").toString();
        Path wrapper = tmp.resolve("async").resolve(AsyncWrapper.FILE_NAME);
        assertEquals("one", runner.run(ctx, new ScriptModule(Form.COMMAND), 10, 1, dir, listener).get("stdout"));
        assertTrue(Files.isRegularFile(wrapper), "the first launch installs the wrapper");
        assertTrue(commands.get(0).startsWith("JPLAY_ASYNC_WRAPPER="), commands.get(0));
        commands.clear();
        assertEquals("one", runner.run(ctx, new ScriptModule(Form.COMMAND), 10, 1, dir, listener).get("stdout"));
        assertTrue(commands.get(0).startsWith("f="), "the second launch goes by path: " + commands.get(0));
        assertTrue(commands.get(0).length() < 1000, commands.get(0));
        Files.delete(wrapper);
        commands.clear();
        assertEquals("one", runner.run(ctx, new ScriptModule(Form.COMMAND), 10, 1, dir, listener).get("stdout"));
        assertTrue(commands.get(0).startsWith("f=") && commands.get(1).startsWith("JPLAY_ASYNC_WRAPPER="),
                "by path, then inline once the file is gone: " + commands);
        assertTrue(Files.isRegularFile(wrapper), "installed again");
    }

    @Test
    void jobStdinComesFromTheScript() throws Exception {
        Map<String, Object> r = run(Form.COMMAND, Map.of("cmd", "tr a-z A-Z", "stdin", "hello"), Map.of(), 10, 1);
        assertEquals("HELLO", r.get("stdout"));
    }

    @Test
    void emptyStdinWhenTheScriptHasNone() throws Exception {
        Map<String, Object> r = run("cat; echo end", 10, 1);
        assertEquals("end", r.get("stdout"));
    }

    @Test
    void jsonFormDropsJunkWarnsAboutTrailingJunkAndAddsStderr() throws Exception {
        Map<String, Object> r = run(Form.JSON,
                Map.of("cmd", "echo junk; echo '  {\"x\": 1, \"s\": \"\u00e9\"}'; echo after; echo err >&2"), Map.of(), 10, 1);
        assertEquals(1L, r.get("x"));
        assertEquals("\u00e9", r.get("s"));
        assertEquals("err\n", r.get("stderr"));
        assertEquals(List.of("Module invocation had junk after the JSON data: after"), r.get("warnings"));
    }

    @Test
    void jsonFormWithEmptyObjectAndStderr() throws Exception {
        Map<String, Object> r = run(Form.JSON, Map.of("cmd", "echo '{}'; echo e >&2"), Map.of(), 10, 1);
        assertEquals("e\n", r.get("stderr"));
        assertEquals(1L, r.get("finished"));
    }

    @Test
    void jsonFormWithoutJsonIsAFailedRecord() throws Exception {
        Map<String, Object> r = run(Form.JSON, Map.of("cmd", "echo nothing here"), Map.of(), 10, 1);
        assertEquals(1L, r.get("failed"));
        assertEquals("No start of json char found", r.get("msg"));
        assertEquals("nothing here\n", r.get("data"));
    }

    @Test
    void unusableAsyncDirFailsTheLaunch() throws Exception {
        Files.writeString(tmp.resolve("async"), "a file, not a dir");
        Map<String, Object> r = run("true", 10, 1);
        assertEquals(1L, r.get("failed"));
        assertTrue(r.get("msg").toString().startsWith("could not create directory: " + tmp.resolve("async")),
                r.toString());
    }

    @Test
    void taskEnvironmentReachesTheJob() throws Exception {
        Map<String, Object> r = run(Form.COMMAND, Map.of("cmd", "echo $GREETING"), Map.of("GREETING", "hi there"), 10, 1);
        assertEquals("hi there", r.get("stdout"));
    }

    /** Every byte value and tricky UTF-8 sequences, then trailing CR/LF that the command module strips. */
    static String nastyPrintf() {
        StringBuilder fmt = new StringBuilder();
        int[] extra = {0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xe0, 0x80, 0x80, 0xf4, 0x90, 0x80,
                0x80, 0xc3, 0x41, 0xe2, 0x82, 0x20, 0xef, 0xbf, 0xbf, 0xc3, 0xa9, 0x22, 0x5c, 0x0d, 0x0a, 0x0d, 0x0a};
        for (int b = 0; b < 256; b++) {
            fmt.append(String.format("\\%03o", b));
        }
        for (int b : extra) {
            fmt.append(String.format("\\%03o", b));
        }
        return fmt.toString();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nastyBytesGiveAJobFileThatPythonReadsAsAnsibleWould(boolean awk) throws Exception {
        assumeTrue(Host.onPath("python3"), "python3 not available");
        Path raw = tmp.resolve("raw");
        Map<String, String> env = new HashMap<>();
        if (!awk) {
            env.put("JPLAY_ASYNC_NO_AWK", "1");
        }
        Map<String, Object> r = run(Form.COMMAND, Map.of("cmd", "printf '" + nastyPrintf() + "' | tee " + raw
                + "; printf '" + nastyPrintf() + "' >&2"), env, 20, 0);
        Path job = Path.of(r.get("results_file").toString());
        Host.awaitFinal(job, 15000);
        String check = "import json,sys\n"
                + "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                + "exp = open(sys.argv[2], 'rb').read().rstrip(b'\\r\\n').decode('utf-8', 'surrogateescape')\n"
                + "assert d['stdout'] == exp, (d['stdout'], exp)\n"
                + "assert d['stderr'] == exp, (d['stderr'], exp)\n"
                + "assert open(sys.argv[1], 'rb').read().isascii()\n";
        Host.Run py = Host.run(Map.of(), "python3", "-c", check, job.toString(), raw.toString());
        assertEquals(0, py.rc(), py.out());
    }
}
