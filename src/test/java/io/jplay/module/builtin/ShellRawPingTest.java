package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.Golden;
import io.jplay.module.Module;
import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellRawPingTest {

    private static Map<String, Object> run(Module module, TestModuleContext ctx) throws Exception {
        try {
            return module.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    @Test
    void shellMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"changed\": true, \"cmd\": \"echo hi; echo err >&2\", \"delta\": \"0:00:00.003178\","
                + " \"end\": \"2026-11-30 00:44:09.012236\", \"invocation\": {\"module_args\": {\"_raw_params\":"
                + " \"echo hi; echo err >&2\", \"_uses_shell\": true, \"argv\": null, \"chdir\": null, \"creates\": null,"
                + " \"executable\": null, \"removes\": null, \"stdin\": null, \"stdin_add_newline\": true,"
                + " \"strip_empty_ends\": true}}, \"msg\": \"\", \"rc\": 0, \"start\": \"2026-11-30 00:44:09.009058\","
                + " \"stderr\": \"err\", \"stderr_lines\": [\"err\"], \"stdout\": \"hi\", \"stdout_lines\": [\"hi\"]}",
                run(new ShellModule(), TestModuleContext.of("_raw_params", "echo hi; echo err >&2")));
    }

    @Test
    void shellRunsTheGivenExecutableAsArgvZero() throws Exception {
        Map<String, Object> r = run(new ShellModule(), TestModuleContext.of("_raw_params", "echo $0", "executable", "/bin/sh"));
        assertEquals("/bin/sh", r.get("stdout"));
    }

    @Test
    void shellCheckModeSkips() throws Exception {
        Map<String, Object> r = run(new ShellModule(), TestModuleContext.of("_raw_params", "echo hi").checkMode(true));
        assertEquals(true, r.get("skipped"));
        assertEquals("echo hi", r.get("cmd"));
    }

    @Test
    void shellUnsupportedParameterNamesCommand() throws Exception {
        Map<String, Object> r = run(new ShellModule(), TestModuleContext.of("_raw_params", "echo hi", "foo", 1L));
        assertTrue(r.get("msg").toString().startsWith("Unsupported parameters for (ansible.legacy.command) module: foo."));
    }

    @Test
    void shellKeepsQuotesInsideTheScript() throws Exception {
        Map<String, Object> r = run(new ShellModule(), TestModuleContext.of("_raw_params", "printf '%s|' \"it's\" 'ü $x'"));
        assertEquals("it's|ü $x|", r.get("stdout"));
    }

    @Test
    void rawMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"changed\": true, \"rc\": 0, \"stderr\": \"\", \"stderr_lines\": [], \"stdout\": \"raw\\n\","
                + " \"stdout_lines\": [\"raw\"]}", run(new RawModule(), TestModuleContext.of("_raw_params", "echo raw")));
    }

    @Test
    void rawFailureMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"changed\": true, \"failed\": true, \"msg\": \"non-zero return code\", \"rc\": 3,"
                + " \"stderr\": \"\", \"stderr_lines\": [], \"stdout\": \"out\\n\", \"stdout_lines\": [\"out\"]}",
                run(new RawModule(), TestModuleContext.of("_raw_params", "echo out; exit 3")));
    }

    @Test
    void rawIsSkippedInCheckMode() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"skipped\": true}",
                run(new RawModule(), TestModuleContext.of("_raw_params", "echo hi").checkMode(true)));
    }

    @Test
    void pingMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"invocation\": {\"module_args\": {\"data\": \"pong\"}}, \"ping\": \"pong\"}",
                run(new PingModule(), TestModuleContext.of()));
    }

    @Test
    void pingDataListIsStringified() throws Exception {
        Map<String, Object> r = run(new PingModule(), TestModuleContext.of("data", java.util.List.of(1L, 2L)));
        assertEquals("[1, 2]", r.get("ping"));
    }

    @Test
    void pingCrashIsAModuleFailure() throws Exception {
        Map<String, Object> r = run(new PingModule(), TestModuleContext.of("data", "crash"));
        assertEquals(true, r.get("failed"));
        assertEquals("MODULE FAILURE\nSee stdout/stderr for the exact error", r.get("msg"));
        assertTrue(r.get("module_stderr").toString().endsWith("Exception: boom\n"));
    }
}
