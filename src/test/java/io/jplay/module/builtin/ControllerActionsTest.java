package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.Golden;
import io.jplay.module.Module;
import io.jplay.module.ModuleException;
import io.jplay.module.TestActions;
import io.jplay.module.TestModuleContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControllerActionsTest {

    private static Map<String, Object> run(Module module, TestModuleContext ctx) throws Exception {
        try {
            return module.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    @Test
    void debugMsgMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"_ansible_verbose_always\": true, \"changed\": false, \"msg\": \"hello\"}",
                run(new DebugModule(), TestModuleContext.of("msg", "hello")));
    }

    @Test
    void debugDefaultsToHelloWorld() throws Exception {
        assertEquals("Hello world!", run(new DebugModule(), TestModuleContext.of()).get("msg"));
    }

    @Test
    void debugVarUsesTheNameAsKey() throws Exception {
        Golden.assertMatches("{\"_ansible_verbose_always\": true, \"changed\": false, \"foo\": \"bar\"}",
                run(new DebugModule(), TestModuleContext.of("var", "foo").var("foo", "bar")));
    }

    @Test
    void debugUndefinedVar() throws Exception {
        Golden.assertMatches("{\"_ansible_verbose_always\": true, \"changed\": false, \"nope\": \"VARIABLE IS NOT DEFINED!\"}",
                run(new DebugModule(), TestModuleContext.of("var", "nope")));
    }

    @Test
    void debugAboveVerbosityIsSkipped() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"skipped\": true, \"skipped_reason\": \"Verbosity threshold not met.\"}",
                run(new DebugModule(), TestModuleContext.of("msg", "hi", "verbosity", 3L)));
        assertEquals("hi", run(new DebugModule(), TestModuleContext.of("msg", "hi", "verbosity", "3").verbosity(3)).get("msg"));
    }

    @Test
    void debugRejectsUnknownAndIncompatibleOptions() throws Exception {
        assertEquals("Invalid options for debug: foo", run(new DebugModule(), TestModuleContext.of("msg", "hi", "foo", "1")).get("msg"));
        assertEquals("'msg' and 'var' are incompatible options",
                run(new DebugModule(), TestModuleContext.of("msg", "x", "var", "y")).get("msg"));
    }

    @Test
    void failMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"changed\": false, \"failed\": true, \"msg\": \"Failed as requested from task\"}",
                run(new FailModule(), TestModuleContext.of()));
        assertEquals("custom", run(new FailModule(), TestModuleContext.of("msg", "custom")).get("msg"));
    }

    @Test
    void setFactTurnsBooleanWordsIntoBooleans() throws Exception {
        Golden.assertMatches("{\"ansible_facts\": {\"a\": true, \"b\": true, \"c\": false, \"d\": \"1\"}, \"changed\": false,"
                + " \"_ansible_facts_cacheable\": false}",
                run(new SetFactModule(), TestModuleContext.of("a", "yes", "b", "True", "c", "no", "d", "1")));
    }

    @Test
    void setFactCacheableIsReportedNotStored() throws Exception {
        Map<String, Object> r = run(new SetFactModule(), TestModuleContext.of("c", 2L, "cacheable", true));
        assertEquals(Map.of("c", 2L), r.get("ansible_facts"));
        assertEquals(true, r.get("_ansible_facts_cacheable"));
    }

    @Test
    void setFactRejectsBadNamesAndNothing() throws Exception {
        assertEquals("The variable name '1abc' is not valid. Variables must start with a letter or underscore character,"
                + " and contain only letters, numbers and underscores.",
                run(new SetFactModule(), TestModuleContext.of("1abc", 2L)).get("msg"));
        assertEquals("No key/value pairs provided, at least one is required for this action to succeed",
                run(new SetFactModule(), TestModuleContext.of()).get("msg"));
    }

    @Test
    void assertPassingMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"_ansible_verbose_always\": true, \"changed\": false, \"msg\": \"All assertions passed\"}",
                run(new AssertModule(), TestModuleContext.of("that", List.of("1 == 1"))));
    }

    @Test
    void assertFailingMatchesAnsible() throws Exception {
        Golden.assertMatches("{\"_ansible_verbose_always\": true, \"assertion\": \"1 == 2\", \"changed\": false,"
                + " \"evaluated_to\": false, \"failed\": true, \"msg\": \"Assertion failed\"}",
                run(new AssertModule(), TestModuleContext.of("that", List.of("1 == 1", "1 == 2", "3 == 3"))));
    }

    @Test
    void assertUsesCustomMessagesAndQuiet() throws Exception {
        assertEquals("custom", run(new AssertModule(), TestModuleContext.of("that", "x == 2", "fail_msg", "custom").var("x", 1L)).get("msg"));
        Golden.assertMatches("{\"changed\": false, \"msg\": \"yay\"}",
                run(new AssertModule(), TestModuleContext.of("that", "1 == 1", "success_msg", "yay", "quiet", true)));
    }

    @Test
    void assertRejectsNonStringMessage() throws Exception {
        assertEquals("Incorrect type for fail_msg or msg, expected a string or list and got <class 'int'>",
                run(new AssertModule(), TestModuleContext.of("that", "1 == 1", "fail_msg", 5L)).get("msg"));
        assertEquals("Invalid options for assert: foo", run(new AssertModule(), TestModuleContext.of("that", "1 == 1", "foo", 1L)).get("msg"));
    }

    /** A clock that only moves when the fake sleeper sleeps. */
    private static final class FakeTime extends Clock {
        private Instant now = Instant.parse("2026-11-30T00:44:09.467060Z");
        private final List<Duration> sleeps = new ArrayList<>();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d).plusNanos(344_000);
        }
    }

    @Test
    void pauseSecondsMatchesAnsible() throws Exception {
        FakeTime time = new FakeTime();
        Map<String, Object> r = run(new PauseModule(time::sleep, time), TestModuleContext.of("seconds", "1"));
        Golden.assertMatches("{\"changed\": false, \"delta\": 1, \"echo\": true, \"rc\": 0, \"start\": \"2026-11-30 00:44:09.467060\","
                + " \"stderr\": \"\", \"stdout\": \"Paused for 1.0 seconds\", \"stop\": \"2026-11-30 00:44:10.467404\","
                + " \"user_input\": \"\"}", r);
        assertEquals("2026-11-30 00:44:10.467404", r.get("stop"));
        assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps);
    }

    @Test
    void pauseZeroMinutesWaitsOneSecond() throws Exception {
        FakeTime time = new FakeTime();
        Map<String, Object> r = run(new PauseModule(time::sleep, time), TestModuleContext.of("minutes", 0L));
        assertEquals("Paused for 0.02 minutes", r.get("stdout"));
        assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps);
    }

    @Test
    void pausePromptDoesNotWaitAndWarns() throws Exception {
        FakeTime time = new FakeTime();
        TestModuleContext ctx = TestModuleContext.of("prompt", "hello");
        Map<String, Object> r = run(new PauseModule(time::sleep, time), ctx);
        assertEquals("Paused for 0.0 minutes", r.get("stdout"));
        assertEquals(0L, r.get("delta"));
        assertEquals(List.of("Not waiting for response to prompt as stdin is not interactive"), ctx.warnings());
        assertTrue(time.sleeps.isEmpty());
    }

    @Test
    void pausePromptShowsTheTaskNameFirstWhereNobodyAnswers() throws Exception {
        FakeTime time = new FakeTime();
        TestModuleContext ctx = TestModuleContext.of("prompt", "Type something").actions(new TestActions().taskName("wait here "));
        run(new PauseModule(time::sleep, time), ctx);
        assertEquals(List.of("[wait here]\nType something:"), ctx.displayed());
    }

    @Test
    void pauseOnATerminalReturnsTheUsersLine() throws Exception {
        FakeTime time = new FakeTime();
        TestActions user = new TestActions().taskName("wait here").user("hello world");
        TestModuleContext ctx = TestModuleContext.of("prompt", "Type something").actions(user);
        Map<String, Object> r = run(new PauseModule(time::sleep, time), ctx);
        assertEquals("hello world", r.get("user_input"));
        assertEquals(List.of("[wait here]\nType something:"), ctx.displayed());
        assertEquals(List.of(false), user.secretsAsked());
        assertTrue(ctx.warnings().isEmpty());
        assertTrue(time.sleeps.isEmpty());
    }

    @Test
    void pauseWithoutEchoAsksForASecretAndSaysSo() throws Exception {
        FakeTime time = new FakeTime();
        TestActions user = new TestActions().taskName("pause").user("sekrit");
        TestModuleContext ctx = TestModuleContext.of("echo", false).actions(user);
        Map<String, Object> r = run(new PauseModule(time::sleep, time), ctx);
        assertEquals("sekrit", r.get("user_input"));
        assertEquals(false, r.get("echo"));
        assertEquals(List.of("[pause]\nPress enter to continue, Ctrl+C to interrupt (output is hidden):"), ctx.displayed());
        assertEquals(List.of(true), user.secretsAsked());
    }

    @Test
    void pauseWithSecondsShowsThePromptAfterTheControlsAndDoesNotAsk() throws Exception {
        FakeTime time = new FakeTime();
        TestActions user = new TestActions().taskName("wait").user("ignored");
        TestModuleContext ctx = TestModuleContext.of("seconds", 2L, "prompt", "hello", "echo", "no").actions(user);
        Map<String, Object> r = run(new PauseModule(time::sleep, time), ctx);
        assertEquals(List.of("Pausing for 2 seconds (output is hidden)",
                "(ctrl+C then 'C' = continue early, ctrl+C then 'A' = abort)\r", "[wait]\nhello (output is hidden):"),
                ctx.displayed());
        assertEquals("", r.get("user_input"));
        assertTrue(user.secretsAsked().isEmpty());
        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps);
    }

    @Test
    void pauseRejectsNonIntegerSeconds() throws Exception {
        FakeTime time = new FakeTime();
        assertEquals("argument 'seconds' is of type <class 'str'> and we were unable to convert to int: invalid literal"
                + " for int() with base 10: '0.5'",
                run(new PauseModule(time::sleep, time), TestModuleContext.of("seconds", "0.5")).get("msg"));
        assertEquals("parameters are mutually exclusive: minutes|seconds",
                run(new PauseModule(time::sleep, time), TestModuleContext.of("seconds", 1L, "minutes", 1L)).get("msg"));
    }
}
