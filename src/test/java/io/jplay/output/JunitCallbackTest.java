package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.result.TaskResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunitCallbackTest {
    private static final Duration QUARTER = Duration.ofMillis(250);

    @TempDir
    Path dir;

    private final JsonCallbackTest.MutableClock clock =
            new JsonCallbackTest.MutableClock(Instant.parse("2023-11-14T22:13:20Z")); // epoch 1700000000
    private final StringBuilder err = new StringBuilder();
    private final Map<String, String> env = new HashMap<>();
    private JunitCallback callback;

    private JunitCallback callback() {
        env.putIfAbsent("JUNIT_OUTPUT_DIR", dir.resolve("reports").toString());
        JunitSettings settings = JunitSettings.from(name -> Optional.ofNullable(env.get(name)), dir, dir.resolve("home"));
        callback = new JunitCallback(settings, OutputSettings.defaults(), clock, err);
        callback.playbookStart("plays/site.yml");
        callback.playStart(new RunListener.PlayStart("Web", List.of("web1", "web2"), false));
        return callback;
    }

    private void task(String name, String action, Map<String, Object> args) {
        callback.taskStart(new RunListener.TaskStart(name, action, false, "/srv/plays/site.yml:12:7", args, false));
    }

    private void result(String host, Map<String, Object> values, boolean ignored, boolean noLog) {
        clock.advance(QUARTER);
        callback.hostResult(new RunListener.HostResult(host, null, "t", "command", TaskResult.of(values), ignored,
                noLog, false));
    }

    private String report() throws IOException {
        clock.advance(QUARTER);
        callback.stats(new RunStats(Map.of(), Map.of()));
        Path reports = Path.of(env.get("JUNIT_OUTPUT_DIR"));
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> list = files.toList();
            assertEquals(1, list.size());
            return Files.readString(list.get(0), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void writesOneReportNamedForThePlaybookAndTheEpochWithTheLayoutOfAnsiblesMinidom() throws IOException {
        callback();
        task("check", "command", map("_raw_params", "true"));
        result("web1", map("changed", false, "rc", 0, "stdout", "a\"b"), false, false);
        result("web2", map("failed", true, "msg", "boom & <bust>", "rc", 1), false, false);
        task("maybe", "debug", map("msg", "x"));
        result("web1", map("skipped", true, "skip_reason", "Conditional result was False", "changed", false),
                false, false);
        callback.stats(new RunStats(Map.of(), Map.of()));

        Path file = dir.resolve("reports/site-1700000000.75.xml");
        assertTrue(Files.exists(file), "report file name");
        assertEquals("""
                <?xml version="1.0" ?>
                <testsuites disabled="0" errors="0" failures="1" tests="3" time="1">
                \t<testsuite disabled="0" errors="0" failures="1" name="site" skipped="1" tests="3" time="1">
                \t\t<testcase classname="/srv/plays/site.yml:12" name="[web1] Web: check _raw_params=true" time="0.25">
                \t\t\t<system-out>{
                &quot;changed&quot;: false,
                &quot;rc&quot;: 0,
                &quot;stdout&quot;: &quot;a\\&quot;b&quot;
                }</system-out>
                \t\t</testcase>
                \t\t<testcase classname="/srv/plays/site.yml:12" name="[web2] Web: check _raw_params=true" time="0.5">
                \t\t\t<failure message="boom &amp; &lt;bust&gt;" type="failure">{
                &quot;msg&quot;: &quot;boom &amp; &lt;bust&gt;&quot;,
                &quot;rc&quot;: 1
                }</failure>
                \t\t</testcase>
                \t\t<testcase classname="/srv/plays/site.yml:12" name="[web1] Web: maybe msg=x" time="0.25">
                \t\t\t<skipped>Conditional result was False</skipped>
                \t\t</testcase>
                \t</testsuite>
                </testsuites>
                """, Files.readString(file));
    }

    @Test
    void suiteTimeIsTheExactDecimalOfTheFloatSumAndTheTotalIsRoundedTo28Digits() {
        String xml = JunitXml.render("s", List.of(JunitXml.Case.passed("a", "c", 0.1, null)));
        assertTrue(xml.contains("<testsuites disabled=\"0\" errors=\"0\" failures=\"0\" tests=\"1\" "
                + "time=\"0.1000000000000000055511151231\">"), xml);
        assertTrue(xml.contains("tests=\"1\" time=\"0.1000000000000000055511151231257827021181583404541015625\">"), xml);
        assertTrue(xml.contains("<testcase classname=\"c\" name=\"a\" time=\"0.1\"/>"), xml);
    }

    @Test
    void emptySuiteIsSelfClosedWithZeroTime() {
        assertEquals("""
                <?xml version="1.0" ?>
                <testsuites disabled="0" errors="0" failures="0" tests="0" time="0">
                \t<testsuite disabled="0" errors="0" failures="0" name="s" skipped="0" tests="0" time="0"/>
                </testsuites>
                """, JunitXml.render("s", List.of()));
    }

    @Test
    void tinyDecimalsUsePythonsExponentNotation() {
        assertEquals("1.5E-7", JunitXml.decimal(new java.math.BigDecimal("0.00000015")));
        assertEquals("0.0000015", JunitXml.decimal(new java.math.BigDecimal("0.0000015")));
        assertEquals("100", JunitXml.decimal(new java.math.BigDecimal(100.0)));
    }

    @Test
    void exceptionBecomesAnErrorWithTheLastLineAsMessage() throws IOException {
        callback();
        task("explode", "shell", map());
        result("web1", map("failed", true, "msg", "x", "exception", "Traceback:\n  foo\nValueError: bad\n"), false, false);
        String xml = report();
        assertTrue(xml.contains("<error message=\"ValueError: bad\" type=\"error\">Traceback:\n  foo\nValueError: bad\n"
                + "</error>"), xml);
        assertTrue(xml.contains("errors=\"1\" failures=\"0\""), xml);
    }

    @Test
    void unreachableHostsHaveNoTestCase() throws IOException {
        callback();
        task("ping", "ping", map());
        result("web1", map("unreachable", true, "msg", "Failed to connect"), false, false);
        result("web2", map("ping", "pong"), false, false);
        String xml = report();
        assertFalse(xml.contains("[web1]"), xml);
        assertTrue(xml.contains("tests=\"1\""), xml);
    }

    @Test
    void failureWithoutMessageReportsTheReturnCode() throws IOException {
        callback();
        task("t", "command", map());
        result("web1", map("failed", true, "rc", 7), false, false);
        assertTrue(report().contains("<failure message=\"rc=7\" type=\"failure\">"));
    }

    @Test
    void noLogHidesArgumentsAndCensorsTheResult() throws IOException {
        callback();
        task("secret", "debug", map("msg", "pw"));
        result("web1", map("msg", "pw", "changed", false), false, true);
        String xml = report();
        assertTrue(xml.contains("name=\"[web1] Web: secret\""), xml);
        assertTrue(xml.contains("&quot;censored&quot;: &quot;the output has been hidden"), xml);
        assertFalse(xml.contains("pw"), xml);
    }

    @Test
    void ignoredFailurePassesUnlessFailOnIgnore() throws IOException {
        callback();
        task("t", "fail", map());
        result("web1", map("failed", true, "msg", "nope"), true, false);
        assertTrue(report().contains("failures=\"0\""));

        env.put("JUNIT_OUTPUT_DIR", dir.resolve("strict").toString());
        env.put("JUNIT_FAIL_ON_IGNORE", "True");
        callback();
        task("t", "fail", map());
        result("web1", map("failed", true, "msg", "nope"), true, false);
        assertTrue(report().contains("<failure message=\"nope\""));
    }

    @Test
    void changedIsAFailureWithFailOnChange() throws IOException {
        env.put("JUNIT_FAIL_ON_CHANGE", "true");
        callback();
        task("t", "command", map());
        result("web1", map("changed", true, "rc", 0), false, false);
        result("web2", map("changed", false, "rc", 0), false, false);
        String xml = report();
        assertTrue(xml.contains("failures=\"1\""), xml);
        assertTrue(xml.contains("<failure message=\"rc=0\" type=\"failure\">"), xml);
    }

    @Test
    void expectedFailureAndToggleResultInTheNameFlipTheOutcome() throws IOException {
        callback();
        task("EXPECTED FAILURE of x", "fail", map());
        result("web1", map("failed", true, "msg", "gone"), false, false);
        task("TOGGLE RESULT y", "debug", map());
        result("web1", map("msg", "fine"), false, false);
        String xml = report();
        assertTrue(xml.contains("<testcase classname=\"/srv/plays/site.yml:12\" name=\"[web1] Web: EXPECTED FAILURE "
                + "of x\" time=\"0.25\">\n\t\t\t<system-out>"), xml);
        assertTrue(xml.contains("<failure message=\"fine\""), xml);
    }

    @Test
    void testCasePrefixKeepsOnlyPrefixedTasksAndFailures() throws IOException {
        env.put("JUNIT_TEST_CASE_PREFIX", "TEST:");
        callback();
        task("setup things", "debug", map());
        result("web1", map("msg", "a"), false, false);
        task("TEST: it works", "debug", map());
        result("web1", map("msg", "b"), false, false);
        task("cleanup", "fail", map());
        result("web1", map("failed", true, "msg", "c"), false, false);
        String xml = report();
        assertFalse(xml.contains("setup things"), xml);
        assertTrue(xml.contains("TEST: it works"), xml);
        assertTrue(xml.contains("[web1] Web: cleanup"), xml);
    }

    @Test
    void setupTasksCanBeLeftOutButGatherFactsStays() throws IOException {
        env.put("JUNIT_INCLUDE_SETUP_TASKS_IN_REPORT", "false");
        callback();
        task("Gathering Facts", "gather_facts", map());
        result("web1", map("ansible_facts", map()), false, false);
        task("explicit setup", "ansible.builtin.setup", map());
        result("web1", map("ansible_facts", map()), false, false);
        String xml = report();
        assertTrue(xml.contains("Gathering Facts"), xml);
        assertFalse(xml.contains("explicit setup"), xml);
    }

    @Test
    void classNameOptionsApplyInAnsiblesOrder() {
        Map<String, String> options = Map.of("JUNIT_TASK_RELATIVE_PATH", "/srv/plays/sub",
                "JUNIT_REPLACE_OUT_OF_TREE_PATH", "EXT/", "JUNIT_TASK_CLASS", "true");
        JunitCaseBuilder builder = new JunitCaseBuilder(
                JunitSettings.from(n -> Optional.ofNullable(options.get(n)), Path.of("/"), Path.of("/home/u")));
        assertEquals("EXT/site", builder.classname("/srv/plays/site.yml:12:7"));
        assertEquals("roles/x/tasks/main", builder.classname("/srv/plays/sub/roles/x/tasks/main.yml:3:5"));
        assertEquals("roles/x/tasks/main.yaml:3", builder.classname("/srv/plays/sub/roles/x/tasks/main.yaml:3:5"));
    }

    @Test
    void hiddenArgumentsLeaveTheBareName() {
        JunitCaseBuilder builder = new JunitCaseBuilder(JunitSettings.from(
                n -> Optional.ofNullable(Map.of("JUNIT_HIDE_TASK_ARGUMENTS", "TRUE").get(n)), dir, dir));
        RunListener.TaskStart t = new RunListener.TaskStart(" spaced ", "debug", false, "p:1:1",
                map("msg", "x"), false);
        assertEquals("spaced", builder.taskName(t, false));
        JunitCaseBuilder shown = new JunitCaseBuilder(JunitSettings.from(n -> Optional.empty(), dir, dir));
        RunListener.TaskStart list = new RunListener.TaskStart("n", "assert", false, "p:1:1",
                map("that", List.of("a == 1", "b"), "quiet", true), false);
        assertEquals("n that=['a == 1', 'b'], quiet=True", shown.taskName(list, false));
    }

    @Test
    void includedFilesBecomeOneIncludeTestCasePerTask() throws IOException {
        callback();
        task("include it", "include_tasks", map("_raw_params", "inc.yml"));
        clock.advance(QUARTER);
        callback.included(new RunListener.Included("/srv/plays/inc.yml", List.of("web1", "web2"), "a", "a", false));
        clock.advance(QUARTER);
        callback.included(new RunListener.Included("/srv/plays/inc.yml", List.of("web1"), "b", "b", false));
        String xml = report();
        assertTrue(xml.contains("<testcase classname=\"/srv/plays/site.yml:12\" name=\"[web1] Web: include it "
                + "_raw_params=inc.yml\" time=\"0.25\">\n\t\t\t<system-out>{\n&quot;changed&quot;: false,\n"
                + "&quot;msg&quot;: &quot;All items completed&quot;,\n&quot;results&quot;: [\n{\n"
                + "&quot;ansible_loop_var&quot;: &quot;item&quot;,\n&quot;include&quot;: &quot;inc.yml&quot;,\n"
                + "&quot;include_args&quot;: {},\n&quot;item&quot;: &quot;a&quot;\n},\n{"), xml);
        assertTrue(xml.indexOf("[web2] Web: include it") < xml.indexOf("[include] Web: include it"), xml);
        assertTrue(xml.contains("tests=\"3\""), xml);
        assertTrue(xml.contains("<testcase classname=\"/srv/plays/site.yml:12\" name=\"[include] Web: include it "
                + "_raw_params=inc.yml\" time=\"0.5\">\n\t\t\t<system-out>/srv/plays/inc.yml (args={} vars={'item': 'a', "
                + "'_ansible_item_label': 'a'}): [web1, web2]\n/srv/plays/inc.yml (args={} vars={'item': 'b', "
                + "'_ansible_item_label': 'b'}): [web1]</system-out>"), xml);
    }

    @Test
    void defaultsFollowAnsible() {
        JunitSettings s = JunitSettings.from(n -> Optional.empty(), Path.of("/w"), Path.of("/home/u"));
        assertEquals(Path.of("/home/u/.ansible.log"), s.outputDir());
        assertTrue(s.includeSetupTasks());
        assertFalse(s.failOnChange() || s.failOnIgnore() || s.taskClass() || s.hideTaskArguments());
        assertEquals("", s.testCasePrefix());
        JunitSettings yes = JunitSettings.from(n -> Optional.of(n.equals("JUNIT_OUTPUT_DIR") ? "rel" : "yes"),
                Path.of("/w"), Path.of("/home/u"));
        assertEquals(Path.of("/w/rel"), yes.outputDir());
        assertFalse(yes.failOnChange(), "only 'true' counts, as in the plugin");
    }

    @Test
    void unwritableOutputDirectoryIsAWarning() throws IOException {
        Files.writeString(dir.resolve("file"), "");
        env.put("JUNIT_OUTPUT_DIR", dir.resolve("file").toString());
        callback();
        callback.stats(new RunStats(Map.of(), Map.of()));
        String warning = err.toString().replace('\n', ' ');
        assertTrue(warning.startsWith("[WARNING]: Failure using method (v2_playbook_on_stats) in callback "
                + "plugin (junit):"), warning);
    }
}
