package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.ExecRequest;
import io.jplay.module.Golden;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.module.TestModuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandModuleTest {
    private final CommandModule command = new CommandModule();

    private Map<String, Object> run(TestModuleContext ctx) throws Exception {
        try {
            return command.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    private static String invocation(String raw, String extra) {
        return "\"invocation\": {\"module_args\": {\"_raw_params\": " + raw + ", \"_uses_shell\": false, \"argv\": null,"
                + " \"chdir\": null, \"creates\": null, \"executable\": null, \"removes\": null, \"stdin\": null,"
                + " \"stdin_add_newline\": true, \"strip_empty_ends\": true" + extra + "}}";
    }

    @Test
    void echoMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"changed\": true, \"cmd\": [\"echo\", \"hi\"], \"delta\": \"0:00:00.004031\","
                + " \"end\": \"2026-11-30 00:44:08.214685\", " + invocation("\"echo hi\"", "") + ", \"msg\": \"\","
                + " \"rc\": 0, \"start\": \"2026-11-30 00:44:08.210654\", \"stderr\": \"\", \"stderr_lines\": [],"
                + " \"stdout\": \"hi\", \"stdout_lines\": [\"hi\"]}", run(TestModuleContext.of("_raw_params", "echo hi")));
    }

    @Test
    void nonZeroExitFailsLikeAnsible() throws Exception {
        Golden.assertMatches("{\"changed\": true, \"cmd\": [\"/bin/false\"], \"delta\": \"0:00:00.004337\","
                + " \"end\": \"2026-11-30 00:44:08.432495\", \"failed\": true, " + invocation("\"/bin/false\"", "")
                + ", \"msg\": \"non-zero return code\", \"rc\": 1, \"start\": \"2026-11-30 00:44:08.428158\","
                + " \"stderr\": \"\", \"stderr_lines\": [], \"stdout\": \"\", \"stdout_lines\": []}",
                run(TestModuleContext.of("_raw_params", "/bin/false")));
    }

    @Test
    void unknownProgramReportsErrnoLikePython() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"cmd\": \"foo=1\", \"failed\": true, " + invocation("\"foo=1\"", "")
                + ", \"msg\": \"[Errno 2] No such file or directory: b'foo=1'\", \"rc\": 2, \"stderr\": \"\","
                + " \"stderr_lines\": [], \"stdout\": \"\", \"stdout_lines\": []}",
                run(TestModuleContext.of("_raw_params", "foo=1")));
    }

    @Test
    void emptyCommandIsRc256() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"cmd\": null, \"delta\": null, \"end\": null, \"failed\": true, "
                + invocation("\"\"", "") + ", \"msg\": \"no command given\", \"rc\": 256, \"start\": null,"
                + " \"stderr\": \"\", \"stderr_lines\": [], \"stdout\": \"\", \"stdout_lines\": []}",
                run(TestModuleContext.of("cmd", "")));
    }

    @Test
    void commandAndArgvTogetherAreRejected() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "true", "argv", List.of("echo")));
        assertEquals("only command or argv can be given, not both", r.get("msg"));
        assertEquals(256, r.get("rc"));
    }

    @Test
    void createsThatExistsSkipsTheCommand() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"cmd\": [\"echo\", \"a b\"], \"delta\": null, \"end\": null,"
                + " \"invocation\": {\"module_args\": {\"_raw_params\": null, \"_uses_shell\": false, \"argv\": [\"echo\", \"a b\"],"
                + " \"chdir\": null, \"creates\": \"/etc/passwd\", \"executable\": null, \"removes\": null, \"stdin\": null,"
                + " \"stdin_add_newline\": true, \"strip_empty_ends\": true}},"
                + " \"msg\": \"Did not run command since '/etc/passwd' exists\", \"rc\": 0, \"start\": null, \"stderr\": \"\","
                + " \"stderr_lines\": [], \"stdout\": \"skipped, since /etc/passwd exists\","
                + " \"stdout_lines\": [\"skipped, since /etc/passwd exists\"]}",
                run(TestModuleContext.of("argv", List.of("echo", "a b"), "creates", "/etc/passwd")));
    }

    @Test
    void removesThatIsMissingSkipsTheCommand() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"cmd\": [\"echo\", \"x\"], \"delta\": null, \"end\": null, "
                + invocation("\"echo x\"", "").replace("\"removes\": null", "\"removes\": \"/nonexist\"")
                + ", \"msg\": \"Did not run command since '/nonexist' does not exist\", \"rc\": 0, \"start\": null,"
                + " \"stderr\": \"\", \"stderr_lines\": [], \"stdout\": \"skipped, since /nonexist does not exist\","
                + " \"stdout_lines\": [\"skipped, since /nonexist does not exist\"]}",
                run(TestModuleContext.of("cmd", "echo x", "removes", "/nonexist")));
    }

    @Test
    void createsGlobMatchesRelativeToChdir(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("out 1.log"), "x");
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "echo ran", "chdir", dir.toString(),
                "creates", "out *.log"));
        assertEquals("skipped, since out *.log exists", r.get("stdout"));
        Map<String, Object> ran = run(TestModuleContext.of("_raw_params", "echo ran", "chdir", dir.toString(),
                "creates", "*.txt"));
        assertEquals("ran", ran.get("stdout"));
    }

    @Test
    void removesThatExistsRunsTheCommand(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("f"), "x");
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "echo ran", "removes", dir.resolve("f").toString()));
        assertEquals("ran", r.get("stdout"));
        assertEquals(true, r.get("changed"));
    }

    @Test
    void missingChdirFailsBeforeRunning() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"cmd\": [\"echo\", \"hi\"], \"delta\": null, \"end\": null,"
                + " \"failed\": true, " + invocation("\"echo hi\"", "").replace("\"chdir\": null", "\"chdir\": \"/nonexistent\"")
                + ", \"msg\": \"Unable to change directory before execution: [Errno 2] No such file or directory:"
                + " b'/nonexistent'\", \"rc\": null, \"start\": null, \"stderr\": \"\", \"stderr_lines\": [],"
                + " \"stdout\": \"\", \"stdout_lines\": []}",
                run(TestModuleContext.of("_raw_params", "echo hi", "chdir", "/nonexistent")));
    }

    @Test
    void chdirRunsTheCommandThere(@TempDir Path dir) throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "pwd", "chdir", dir.toString()));
        assertEquals(dir.toRealPath().toString(), r.get("stdout"));
    }

    @Test
    void checkModeSkipsWithAnsiblesMessage() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"cmd\": [\"echo\", \"hi\"], \"delta\": null, \"end\": null, "
                + invocation("\"echo hi\"", "") + ", \"msg\": \"Command would have run if not in check mode\","
                + " \"rc\": 0, \"skipped\": true, \"start\": null, \"stderr\": \"\", \"stderr_lines\": [],"
                + " \"stdout\": \"\", \"stdout_lines\": []}",
                run(TestModuleContext.of("_raw_params", "echo hi").checkMode(true)));
    }

    @Test
    void stdinGetsANewlineByDefault() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "od -c", "stdin", "hello"));
        assertTrue(r.get("stdout").toString().contains("\\n"), r.get("stdout").toString());
        Map<String, Object> plain = run(TestModuleContext.of("_raw_params", "cat", "stdin", "hello",
                "stdin_add_newline", false, "strip_empty_ends", false));
        assertEquals("hello", plain.get("stdout"));
    }

    @Test
    void trailingNewlinesAreKeptWhenStripEmptyEndsIsOff() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("argv", List.of("printf", "a\\n\\n"), "strip_empty_ends", false));
        assertEquals("a\n\n", r.get("stdout"));
        assertEquals(List.of("a", ""), r.get("stdout_lines"));
    }

    @Test
    void argvWordsReachTheProgramIntact() throws Exception {
        List<String> words = List.of("it's", "$JPLAY_UNSET_WORD", "a b", "two\nlines", "ünï \"q\"", "`id`", "*", "");
        List<String> argv = new java.util.ArrayList<>(List.of("printf", "[%s]"));
        argv.addAll(words);
        Map<String, Object> r = run(TestModuleContext.of("argv", argv));
        assertEquals("[it's][$JPLAY_UNSET_WORD][a b][two\nlines][ünï \"q\"][`id`][*][]", r.get("stdout"));
    }

    @Test
    void freeFormIsSplitWithShlexAndNotInterpreted() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "echo 'a  b' $JPLAY_UNSET_WORD \"c;d\" | x"));
        // words go through Python's expandvars as ansible-core's command module does: an unset variable stays
        assertEquals("a  b $JPLAY_UNSET_WORD c;d | x", r.get("stdout"));
        assertEquals(List.of("echo", "a  b", "$JPLAY_UNSET_WORD", "c;d", "|", "x"), r.get("cmd"));
    }

    @Test
    void environmentReachesTheCommand() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("argv", List.of("sh", "-c", "echo \"$JPLAY_X\""))
                .env("JPLAY_X", "v a'l"));
        assertEquals("v a'l", r.get("stdout"));
    }

    @Test
    void nonExecutableFileIsPermissionDenied(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("script"), "echo x");
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", f.toString()));
        assertEquals(13, r.get("rc"));
        assertEquals("[Errno 13] Permission denied: b'" + f + "'", r.get("msg"));
    }

    @Test
    void unsupportedParameterNamesTheLegacyModule() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "echo hi", "foo", 1L, "bar", 2L));
        assertEquals("Unsupported parameters for (ansible.legacy.command) module: bar, foo. Supported parameters include:"
                + " _raw_params, _uses_shell, argv, chdir, creates, executable, removes, stdin, stdin_add_newline,"
                + " strip_empty_ends.", r.get("msg"));
        assertTrue(r.containsKey("invocation"));
    }

    @Test
    void invalidBooleanIsReported() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("_raw_params", "echo", "stdin_add_newline", "maybe"));
        assertTrue(r.get("msg").toString().startsWith("argument 'stdin_add_newline' is of type <class 'str'> and we"
                + " were unable to convert to bool: The value 'maybe' is not a valid boolean."));
    }

    @Test
    void executableIsIgnoredWithAWarningInTheResult() throws Exception {
        TestModuleContext ctx = TestModuleContext.of("_raw_params", "echo hi", "executable", "/bin/bash");
        Map<String, Object> r = run(ctx);
        assertEquals("hi", r.get("stdout"));
        assertEquals(List.of("As of Ansible 2.4, the parameter 'executable' is no longer supported with the 'command'"
                + " module. Not using '/bin/bash'."), r.get("warnings"));
        assertEquals(List.of(), ctx.warnings());
    }

    @Test
    void scriptIsThePlanTheSyncRunExecutes() throws Exception {
        TestModuleContext ctx = TestModuleContext.of("argv", List.of("echo", "a b"));
        RemoteScript script = command.script(ctx);
        assertEquals(RemoteScript.Form.COMMAND, script.form());
        assertEquals(List.of("echo", "a b"), script.fixed().get("cmd"));
        assertTrue(script.fixed().containsKey("invocation"));
        assertEquals("a b\n", ctx.connection().exec(ExecRequest.of(script.command())).stdoutText());
        assertTrue(command.supportsAsync());
    }

    @Test
    void scriptRejectsBadArgumentsWithoutRunning() {
        assertThrows(ModuleException.class, () -> command.script(TestModuleContext.of("nope", 1L)));
        assertFalse(command.controllerOnly());
    }
}
