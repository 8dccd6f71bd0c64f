package io.jplay.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.LocalConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** async_status over a real shell, on job files written by hand in each shape the wrapper writes. */
class AsyncStatusTest {
    @TempDir
    Path tmp;
    final LocalConnection connection = new LocalConnection(null);

    Map<String, Object> status(String jid, boolean cleanup, boolean check) throws Exception {
        return AsyncStatus.run(connection, null, jid, tmp.toString(), cleanup, check);
    }

    @Test
    void runningJobReportsStartedButNotFinished() throws Exception {
        Files.writeString(tmp.resolve("j1.2"), "{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"j1.2\"}");
        Map<String, Object> r = status("j1.2", false, false);
        assertEquals(1L, r.get("started"));
        assertEquals(0L, r.get("finished"));
        assertEquals(tmp.resolve("j1.2").toString(), r.get("results_file"));
        assertEquals("", r.get("stdout"));
        assertEquals(List.of(), r.get("stdout_lines"));
        assertFalse(r.containsKey("failed"));
        assertEquals(Map.of("module_args", Map.of("jid", "j1.2", "mode", "status", "_async_dir", tmp.toString())),
                r.get("invocation"));
    }

    @Test
    void finishedJobReturnsTheRecord() throws Exception {
        Files.writeString(tmp.resolve("j1.2"), "{\"changed\": true, \"rc\": 0, \"stdout\": \"x\\ny\"}");
        Map<String, Object> r = status("j1.2", false, false);
        assertEquals(1L, r.get("finished"));
        assertEquals(List.of("x", "y"), r.get("stdout_lines"));
        assertTrue(Files.exists(tmp.resolve("j1.2")));
    }

    @Test
    void unknownJobFailsWithCouldNotFindJob() throws Exception {
        Map<String, Object> r = status("nope", false, false);
        assertEquals(true, r.get("failed"));
        assertEquals("could not find job", r.get("msg"));
        assertEquals(1L, r.get("started"));
        assertEquals(1L, r.get("finished"));
    }

    @Test
    void cleanupErasesTheFileAndItsSideFiles() throws Exception {
        Files.writeString(tmp.resolve("j1.2"), "{}");
        Files.writeString(tmp.resolve(".j1.2.pid"), "1 2\n");
        Map<String, Object> r = status("j1.2", true, false);
        assertEquals(tmp.resolve("j1.2").toString(), r.get("erased"));
        assertEquals(0L, r.get("started"));
        assertEquals(0L, r.get("finished"));
        assertEquals(false, r.get("changed"));
        assertFalse(Files.exists(tmp.resolve("j1.2")));
        assertFalse(Files.exists(tmp.resolve(".j1.2.pid")));
    }

    @Test
    void cleanupInCheckModeKeepsTheFile() throws Exception {
        Files.writeString(tmp.resolve("j1.2"), "{}");
        status("j1.2", true, true);
        assertTrue(Files.exists(tmp.resolve("j1.2")));
    }

    @Test
    void cleanupOfUnknownJobFails() throws Exception {
        Map<String, Object> r = status("nope", true, false);
        assertEquals("could not find job", r.get("msg"));
        assertEquals(tmp.resolve("nope").toString(), r.get("erased"));
    }

    @Test
    void tildeIsTheHomeOfTheUserTheShellRunsAs() throws Exception {
        String home = Host.run(Map.of(), "sh", "-c", "eval \"echo ~$(id -un)\"").out().strip();
        Map<String, Object> r = AsyncStatus.run(connection, null, "nope-jplay-test", "~/.jplay_no_such_dir", false, false);
        assertEquals(home + "/.jplay_no_such_dir/nope-jplay-test", r.get("results_file"));
    }
}
