package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ssh.HandshakeThrottle;
import io.jplay.connection.ssh.SshjConnection;
import io.jplay.json.JsonParser;
import io.jplay.testing.SshdServer;
import io.jplay.testing.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The resident module runner against a real sshd: one runner per connection, become and interpreter
 * however many tasks; each zip sent once per runner; the task's environment and become honoured; a
 * crashing module gives what the one-exec path gives; an interrupted (timed-out) task kills its
 * module only; a runner that cannot start leaves the task to the one-exec path. The modules are a
 * small stand-in for ansible-core's (a zip with {@code ansible.module_utils.basic} holding
 * {@code _ANSIBLE_ARGS}), so the runner's own behaviour is what is tested.
 */
@Tag("ssh")
class ModuleRunnerOverSshTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    private static final String PROBE = """
            import json, os, pwd, sys, time
            from ansible.module_utils import basic
            args = json.loads(basic._ANSIBLE_ARGS)['ANSIBLE_MODULE_ARGS']
            action = args.get('action')
            if action == 'crash':
                sys.stdout.write('before the crash\\n')
                raise ValueError('boom')
            if action == 'exit':
                sys.stdout.write('partial')
                sys.stdout.flush()
                os._exit(3)
            if action == 'sleep':
                time.sleep(60)
            if action == 'nap':
                time.sleep(2)
            siblings = []
            for pid in [p for p in os.listdir('/proc') if p.isdigit()]:
                try:
                    with open('/proc/%s/stat' % pid) as f:
                        ppid = int(f.read().rsplit(')', 1)[1].split()[1])
                except (IOError, OSError, ValueError, IndexError):
                    continue
                if ppid == os.getppid() and int(pid) != os.getpid():
                    siblings.append(int(pid))
            print(json.dumps(dict(parent=os.getppid(), user=pwd.getpwuid(os.geteuid()).pw_name,
                                  foo=os.environ.get('FOO'), stdin=sys.stdin.read(), name=__name__,
                                  siblings=siblings, args=args)))
            """;

    private Connection connection;
    private ModuleRunners runners;

    @BeforeEach
    void connect() {
        assumeTrue(Path.of("/usr/bin/python3").toFile().canExecute(), "needs /usr/bin/python3 on the target");
        connection = new SshjConnection(SSHD.target("h"), SSHD.sshOptions(), new HandshakeThrottle(8));
        runners = new ModuleRunners(true, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void oneRunnerPerHostServesEveryTaskAndEachZipCrossesOnce() throws Exception {
        PayloadCache.Payload probe = payload("probe");
        PayloadCache.Payload other = payload("other");
        Object parent = null;
        for (int i = 0; i < 6; i++) {
            Map<String, Object> out = json(run(connection, null, i % 2 == 0 ? probe : other, Map.of("n", (long) i),
                    Map.of()));
            parent = parent == null ? out.get("parent") : parent;
            assertEquals(parent, out.get("parent"), "every task is a child of the same runner");
            assertEquals("__main__", out.get("name"));
            assertEquals("", out.get("stdin"), "modules read an empty stdin");
            assertEquals(Map.of("n", (long) i), out.get("args"));
        }
        assertEquals(1, runners.starts());
        assertEquals(2, runners.zipsSent());
    }

    @Test
    void theTaskEnvironmentReachesTheModuleOnly() throws Exception {
        PayloadCache.Payload probe = payload("probe");
        assertEquals("bar", json(run(connection, null, probe, Map.of(), Map.of("FOO", "bar"))).get("foo"));
        assertEquals(null, json(run(connection, null, probe, Map.of(), Map.of())).get("foo"),
                "one task's environment does not leak into the next");
        assertEquals(1, runners.starts());
    }

    @Test
    void becomeGetsARunnerOfItsOwn() throws Exception {
        assumeTrue(SSHD.isOpenSsh() && TestUsers.nonRoot().isPresent(), "needs OpenSSH, root and the test user");
        Connection asTestUser = new SshjConnection(SSHD.target("h", TestUsers.NAME), SSHD.sshOptions(),
                new HandshakeThrottle(8));
        try (asTestUser) {
            PayloadCache.Payload probe = payload("probe");
            Become sudo = new Become("sudo", "root", null, null);
            assertEquals(TestUsers.NAME, json(run(asTestUser, null, probe, Map.of(), Map.of())).get("user"));
            assertEquals("root", json(run(asTestUser, sudo, probe, Map.of(), Map.of())).get("user"));
            assertEquals("root", json(run(asTestUser, sudo, probe, Map.of(), Map.of())).get("user"));
            assertEquals(2, runners.starts());
        }
    }

    @Test
    void aCrashingModuleGivesWhatTheOneExecPathGives() throws Exception {
        PayloadCache.Payload probe = payload("probe");
        for (String action : List.of("crash", "exit")) {
            Map<String, Object> args = Map.of("action", action);
            ExecResult resident = run(connection, null, probe, args, Map.of());
            ExecResult oneExec = oneExec(probe, args);
            assertEquals(oneExec.rc(), resident.rc(), action);
            assertEquals(oneExec.stdoutText(), resident.stdoutText(), action);
            assertEquals(lastLine(oneExec.stderrText()), lastLine(resident.stderrText()), action);
        }
        assertEquals("ValueError: boom", lastLine(run(connection, null, probe, Map.of("action", "crash"), Map.of())
                .stderrText()));
        assertEquals(1, runners.starts(), "a crashing module does not take its runner down");
    }

    @Test
    void anInterruptedTaskKillsItsModuleNotTheRunner() throws Exception {
        PayloadCache.Payload probe = payload("probe");
        Object parent = json(run(connection, null, probe, Map.of(), Map.of())).get("parent");
        FutureTask<ExecResult> sleeping = new FutureTask<>(() -> run(connection, null, probe,
                Map.of("action", "sleep"), Map.of()));
        Thread thread = new Thread(sleeping, "sleeping-task");
        thread.start();
        assertThrows(TimeoutException.class, () -> sleeping.get(2, TimeUnit.SECONDS));
        long interrupted = System.nanoTime();
        thread.interrupt();
        ExecutionException e = assertThrows(ExecutionException.class, () -> sleeping.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof InterruptedException, String.valueOf(e.getCause()));
        assertTrue(System.nanoTime() - interrupted < TimeUnit.SECONDS.toNanos(15), "the wait ends with the module");
        Map<String, Object> after = json(run(connection, null, probe, Map.of(), Map.of()));
        assertEquals(parent, after.get("parent"), "the same runner serves the next task");
        assertEquals(List.of(), after.get("siblings"), "the interrupted module is gone");
        assertEquals(1, runners.starts());
    }

    @Test
    void aConnectionHasAtMostItsMaximumOfRunnersTheOtherTasksTakeTheOneExecPath() throws Exception {
        PayloadCache.Payload probe = payload("probe");
        int limit = Math.min(ModuleRunners.MAX_PER_CONNECTION, connection.streamCapacity());
        assertTrue(limit >= 1 && limit < 40, "the default SSH settings give 40 channels, one connection's worth stay free");
        int tasks = limit + 2;
        List<FutureTask<Boolean>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            FutureTask<Boolean> task = new FutureTask<>(() -> runners.run(connection, null, "/usr/bin/python3",
                    request(probe, Map.of("action", "nap"), Map.of())).isPresent());
            runs.add(task);
            new Thread(task, "task-" + i).start();
        }
        long resident = 0;
        for (FutureTask<Boolean> run : runs) {
            resident += run.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(limit, resident);
        assertEquals(limit, runners.starts());
        assertEquals(0, run(connection, null, probe, Map.of(), Map.of()).rc(), "an idle runner serves the next task");
        assertEquals(limit, runners.starts());
    }

    @Test
    void aRunnerThatCannotStartLeavesTheTaskToTheOneExecPath() throws Exception {
        PayloadCache.Payload probe = payload("probe");
        RunnerRequest request = request(probe, Map.of(), Map.of());
        assertTrue(runners.run(connection, null, "/nonexistent/python3", request).isEmpty());
        assertTrue(runners.run(connection, null, "/nonexistent/python3", request).isEmpty());
        assertEquals(1, runners.starts(), "a key whose runner could not start is not tried again");
        ModuleRunners off = new ModuleRunners(false, Duration.ofSeconds(30));
        assertTrue(off.run(connection, null, "/usr/bin/python3", request).isEmpty(), "module_runner = false");
        assertTrue(runners.run(connection, null, "/usr/bin/python3", request(probe, Map.of(),
                Map.of("PYTHONPATH", "/x"))).isEmpty(), "an environment that changes Python's start-up");
    }

    private ExecResult run(Connection on, Become become, PayloadCache.Payload payload, Map<String, Object> args,
            Map<String, String> env) throws Exception {
        return runners.run(on, become, "/usr/bin/python3", request(payload, args, env)).orElseThrow();
    }

    private ExecResult oneExec(PayloadCache.Payload payload, Map<String, Object> args) throws Exception {
        ModuleSource source = new ModuleSource("ansible.builtin.probe", "ansible.modules.probe", Path.of("probe.py"));
        return connection.exec(new ExecRequest("/usr/bin/python3", ModuleWrapper.program(source, payload.base64(),
                args), Map.of(), null));
    }

    private static RunnerRequest request(PayloadCache.Payload payload, Map<String, Object> args,
            Map<String, String> env) {
        return new RunnerRequest("ansible.builtin.probe", "ansible.modules.probe", "probe", payload,
                ModuleWrapper.argsDocument(new LinkedHashMap<>(args)), env);
    }

    /** A zip with a stand-in {@code ansible.module_utils.basic} and the probe module; {@code salt} makes zips differ. */
    private static PayloadCache.Payload payload(String salt) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : new String[][] {{"ansible/__init__.py", ""}, {"ansible/module_utils/__init__.py", ""},
                    {"ansible/module_utils/basic.py", "_ANSIBLE_ARGS = None\n"}, {"ansible/modules/__init__.py", ""},
                    {"ansible/modules/probe.py", "# " + salt + "\n" + PROBE}}) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        byte[] zip = bytes.toByteArray();
        return new PayloadCache.Payload(zip, Base64.getEncoder().encodeToString(zip), salt + "-digest");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ExecResult result) throws io.jplay.json.JsonException {
        assertEquals(0, result.rc(), result.stdoutText() + result.stderrText());
        return (Map<String, Object>) JsonParser.parse(result.stdoutText());
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
