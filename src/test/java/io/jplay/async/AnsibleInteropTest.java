package io.jplay.async;

import io.jplay.clock.Sleeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.LocalConnection;
import io.jplay.json.JsonParser;
import io.jplay.module.RemoteScript.Form;
import io.jplay.testing.AnsibleOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jplay's job files read by Ansible's async_status, and Ansible's read by jplay (skipped without ansible). */
@Tag("ansible")
class AnsibleInteropTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needAnsible() {
        assumeTrue(AnsibleOracle.installed("ansible"), "ansible not on PATH");
    }

    Map<String, String> env() {
        return Map.of("ANSIBLE_ASYNC_DIR", tmp.resolve("async").toString(), "ANSIBLE_LOCALHOST_WARNING", "false",
                "ANSIBLE_INVENTORY_UNPARSED_WARNING", "false", "ANSIBLE_NOCOLOR", "1",
                "ANSIBLE_LOCAL_TEMP", tmp.resolve("ansible-tmp").toString());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> adhocJson(Host.Run run) throws Exception {
        int start = run.out().indexOf("=> {");
        assertTrue(start >= 0, run.out());
        return (Map<String, Object>) JsonParser.parse(run.out().substring(start + 3));
    }

    @Test
    void ansibleAsyncStatusReadsAJplayJobFile() throws Exception {
        AsyncTaskRunner runner = new AsyncTaskRunner(new SplittableRandom(), Sleeper.system());
        TestContext ctx = new TestContext(new LocalConnection(null), Map.of("cmd", "printf 'caf\\303\\251\\n'; exit 4"));
        Map<String, Object> launch = runner.run(ctx, new ScriptModule(Form.COMMAND), 10, 0,
                tmp.resolve("async").toString(), AsyncListener.none());
        String jid = launch.get("ansible_job_id").toString();
        Host.awaitFinal(Path.of(launch.get("results_file").toString()), 5000);
        Host.Run run = Host.run(env(), "ansible", "localhost", "-m", "async_status", "-a", "jid=" + jid);
        assertTrue(run.out().startsWith("localhost | FAILED! => {"), run.out());
        Map<String, Object> r = adhocJson(run);
        assertEquals(1L, r.get("finished"));
        assertEquals(4L, r.get("rc"));
        assertEquals("caf\u00e9", r.get("stdout"));
        assertEquals("non-zero return code", r.get("msg"));
    }

    @Test
    void ansibleAsyncStatusSeesARunningJplayJob() throws Exception {
        AsyncTaskRunner runner = new AsyncTaskRunner(new SplittableRandom(), Sleeper.system());
        TestContext ctx = new TestContext(new LocalConnection(null), Map.of("cmd", "sleep 15"));
        Map<String, Object> launch = runner.run(ctx, new ScriptModule(Form.COMMAND), 10, 0,
                tmp.resolve("async").toString(), AsyncListener.none());
        Map<String, Object> r = adhocJson(Host.run(env(), "ansible", "localhost", "-m", "async_status", "-a",
                "jid=" + launch.get("ansible_job_id")));
        assertEquals(1L, r.get("started"));
        assertEquals(0L, r.get("finished"));
        String pids = Files.readString(tmp.resolve("async/." + launch.get("ansible_job_id") + ".pid")).strip();
        Host.run(Map.of(), "sh", "-c", "kill -KILL -" + pids.split(" ")[1] + " -" + pids.split(" ")[0]);
    }

    @Test
    void jplayReadsAJobFileWrittenByAnsible() throws Exception {
        Host.Run run = Host.run(env(), "ansible", "localhost", "-B", "10", "-P", "0", "-m", "command", "-a", "echo hi");
        Matcher m = Pattern.compile("\"ansible_job_id\": \"([^\"]+)\"").matcher(run.out());
        assertTrue(m.find(), run.out());
        String jid = m.group(1);
        Path job = tmp.resolve("async").resolve(jid);
        String text = Host.awaitFinal(job, 10000);
        Map<String, Object> r = JobFile.statusResult(jid, job.toString(), text, Map.of());
        assertEquals(1L, r.get("finished"));
        assertEquals("hi", r.get("stdout"));
        assertEquals(List.of("hi"), r.get("stdout_lines"));
        assertEquals(List.of("echo", "hi"), r.get("cmd"));
        Map<String, Object> viaShell = AsyncStatus.run(new LocalConnection(null), null, jid, tmp.resolve("async").toString(),
                false, false);
        assertEquals("hi", viaShell.get("stdout"));
        AsyncStatus.run(new LocalConnection(null), null, jid, tmp.resolve("async").toString(), true, false);
        assertTrue(Files.notExists(job));
    }
}
