package io.jplay.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunNormaliserTest {

    @Test
    void runSpecificKeysAndPathsAreReplacedEverythingElseKept(@TempDir Path dir) {
        String doc = "{\"plays\": [{\"play\": {\"name\": \"p\", \"id\": \"abc\", \"duration\": {\"start\": \"x\"}},"
                + " \"tasks\": [{\"task\": {\"name\": \"t\"}, \"hosts\": {\"h\": {\"rc\": 0, \"delta\": \"0:00:01\","
                + " \"ansible_job_id\": \"j1.2\", \"msg\": \"" + dir + "/f and /tmp/abc/x job j12.34\", \"l\": []}}}]}]}";
        SortedMap<String, String> flat = new RunNormaliser(dir, "/nohome").flatten(new RunResult(2, doc, ""));
        assertEquals("2", flat.get("exit_code"));
        assertEquals("<run-specific>", flat.get("plays[0 \"p\"].play.id"));
        assertEquals("<run-specific>", flat.get("plays[0 \"p\"].play.duration"));
        assertEquals("0", flat.get("plays[0 \"p\"].tasks[0 \"t\"].hosts.h.rc"));
        assertEquals("<run-specific>", flat.get("plays[0 \"p\"].tasks[0 \"t\"].hosts.h.delta"));
        assertEquals("\"<dir>/f and <tmp>/x job <jid>\"", flat.get("plays[0 \"p\"].tasks[0 \"t\"].hosts.h.msg"));
        assertEquals("[]", flat.get("plays[0 \"p\"].tasks[0 \"t\"].hosts.h.l"));
    }

    @Test
    void textBeforeTheDocumentAndNonJsonOutputAreCompared(@TempDir Path dir) {
        RunNormaliser n = new RunNormaliser(dir, null);
        assertEquals("\"Pausing\"", n.flatten(new RunResult(0, "Pausing\n{\"a\": 1}", "")).get("stdout_before_json"));
        assertEquals("\"ERROR! x\"", n.flatten(new RunResult(4, "ERROR! x", "")).get("stdout"));
    }

    @Test
    void aPauseIsComparedByItsWordingNotItsMeasuredTime(@TempDir Path dir) {
        RunNormaliser n = new RunNormaliser(dir, null);
        assertEquals("\"Paused for <elapsed> seconds\"", n.flatten(new RunResult(0, "{\"s\": \"Paused for 1.01 seconds\"}", "")).get("s"));
        assertEquals("\"Paused for <elapsed> minutes\"", n.flatten(new RunResult(0, "{\"s\": \"Paused for 0.02 minutes\"}", "")).get("s"));
        assertEquals("\"Paused for a while\"", n.flatten(new RunResult(0, "{\"s\": \"Paused for a while\"}", "")).get("s"));
    }

    @Test
    void diffNamesEveryPathThatDiffersOrIsMissing(@TempDir Path dir) {
        RunNormaliser n = new RunNormaliser(dir, null);
        List<String> diff = CaseDiff.between(n.flatten(new RunResult(0, "{\"a\": 1, \"b\": 2}", "")),
                n.flatten(new RunResult(0, "{\"a\": 3}", "")));
        assertEquals(List.of("a: ansible=1 jplay=3", "b: ansible=2 jplay=<absent>"), diff);
    }

    @Test
    void suiteWideDifferencesMatchOnlyTheirPaths() {
        assertTrue(SuiteWideDifferences.of("plays[0 \"p\"].tasks[0 \"copy\"].hosts.h.invocation.module_args.src: "
                + "ansible=\"x\" jplay=<absent>").isPresent());
        assertTrue(SuiteWideDifferences.of("plays[0 \"p\"].tasks[0 \"t\"].hosts.h.rc: ansible=0 jplay=1").isEmpty());
    }

    @Test
    void headerDeclaresFeatureArgsExitAndRequirements(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.yml");
        Files.writeString(file, "# feature: f\n# args: --tags x -v\n# exit: 2\n# requires: file, stat\n- hosts: all\n");
        ConformanceCase c = ConformanceCase.read(file);
        assertEquals("f", c.feature());
        assertEquals(List.of("--tags", "x", "-v"), c.args());
        assertEquals(2, c.exitCode());
        assertEquals(List.of("file", "stat"), c.requires());
    }
}
