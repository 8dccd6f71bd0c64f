package io.jplay.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobFileTest {
    static final Map<String, Object> ARGS = Map.of("jid", "j1.2", "mode", "status");

    @Test
    void missingFileIsAFailedFinishedJob() {
        Map<String, Object> r = JobFile.statusResult("j1.2", "/d/j1.2", null, ARGS);
        assertEquals(true, r.get("failed"));
        assertEquals("could not find job", r.get("msg"));
        assertEquals(1L, r.get("started"));
        assertEquals(1L, r.get("finished"));
        assertEquals("/d/j1.2", r.get("results_file"));
        assertEquals("", r.get("stdout"));
        assertEquals(List.of(), r.get("stderr_lines"));
    }

    @Test
    void emptyOrTruncatedFileIsStillRunningAndNotFailed() {
        for (String text : new String[] {"", "{\"started\": 1, \"fini", "[1, 2]", "garbage"}) {
            Map<String, Object> r = JobFile.statusResult("j1.2", "/d/j1.2", text, ARGS);
            assertEquals(1L, r.get("started"), text);
            assertEquals(0L, r.get("finished"), text);
            assertFalse(r.containsKey("failed"), text);
        }
    }

    @Test
    void initialRecordGetsTheModulesOwnInvocation() {
        Map<String, Object> r = JobFile.moduleResult("j1.2", "/d/j1.2",
                "{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"j1.2\"}", ARGS);
        assertEquals(Map.of("module_args", ARGS), r.get("invocation"));
        assertEquals(0L, r.get("finished"));
    }

    @Test
    void recordWithoutStartedIsFinishedAndKeepsItsKeys() {
        Map<String, Object> r = JobFile.statusResult("j1.2", "/d/j1.2",
                "{\"changed\": true, \"rc\": 3, \"stdout\": \"x\", \"failed\": true, \"invocation\": {\"module_args\": {}}}",
                ARGS);
        assertEquals(1L, r.get("finished"));
        assertEquals("j1.2", r.get("ansible_job_id"));
        assertEquals(3L, r.get("rc"));
        assertEquals(true, r.get("failed"));
        assertEquals(Map.of("module_args", Map.of()), r.get("invocation"));
        assertEquals(List.of("x"), r.get("stdout_lines"));
    }

    @Test
    void startedWithoutFinishedDefaultsToUnfinished() {
        Map<String, Object> r = JobFile.moduleResult("j1.2", "/d/j1.2", "{\"started\": true}", ARGS);
        assertEquals(0L, r.get("finished"));
    }

    @Test
    void finishedAcceptsOneTrueAndTheString() {
        assertEquals(true, JobFile.isFinished(Map.of("finished", 1L)));
        assertEquals(true, JobFile.isFinished(Map.of("finished", true)));
        assertEquals(true, JobFile.isFinished(Map.of("finished", "1")));
        assertEquals(false, JobFile.isFinished(Map.of("finished", 0L)));
        assertEquals(false, JobFile.isFinished(Map.of()));
    }

    @Test
    void splitLinesFollowsPython() {
        assertEquals(List.of("a", "b", "", "c"), JobFile.splitLines("a\nb\r\n\rc\n"));
        assertEquals(List.of("a", "b"), JobFile.splitLines("a\u2028b"));
        assertEquals(List.of(), JobFile.splitLines(""));
    }
}
