package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PidReportTest {
    private final PidReport report = new PidReport();

    private String tag() {
        // "echo jplay-pid-<nonce> $$ >&2; "
        return report.shellPrefix().substring("echo ".length(), report.shellPrefix().indexOf("$$"));
    }

    private String feed(String... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String chunk : chunks) {
            byte[] b = chunk.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(report.accept(b, 0, b.length));
        }
        out.writeBytes(report.rest());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePidLineIsTakenOutEvenWhenSplitAcrossChunksAndNoiseStays() {
        String line = tag() + "4242\n";
        String out = feed("login noise\n" + line.substring(0, 7), line.substring(7, 20), line.substring(20) + "err\n",
                "more\n");
        assertEquals("login noise\nerr\nmore\n", out);
        assertEquals(4242, report.pid());
    }

    @Test
    void withoutThePidLineEverythingIsPassedOnAndThePidStaysUnknown() {
        assertEquals("plain stderr\n", feed("plain ", "stderr\n"));
        assertEquals(-1, report.pid());
    }

    @Test
    void aStreamFarLongerThanTheLookLimitIsPassedOnWhole() {
        String big = "x".repeat(70 * 1024);
        assertEquals(big + "tail", feed(big, "tail"));
    }

    @Test
    void theKillScriptSignalsEachPidsProcessGroupAndSkipsGoneOnes() throws Exception {
        Process group = new ProcessBuilder("setsid", "sh", "-c", "sleep 3456.7 & sleep 3456.8; wait").start();
        try {
            long leader = awaitChildSleeps(group);
            Process kill = new ProcessBuilder("/bin/sh", "-c", PidReport.killScript(List.of(999_999_999L, leader), "TERM"))
                    .start();
            assertEquals(0, kill.waitFor());
            io.jplay.testing.Await.until("both sleeps gone", java.time.Duration.ofSeconds(10),
                    () -> sleeps().isEmpty());
        } finally {
            group.destroyForcibly();
            sleeps().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aPidThatLeadsNoGroupIsSignalledAloneNeverItsGroup() throws Exception {
        // the inner shell shares the group its setsid'd parent leads, as commands of an embedded server share
        // the server's group: a group kill would take the sleep and the parent along
        Process outer = new ProcessBuilder("setsid", "sh", "-c", "sh -c 'sleep 3456.9 & wait' & wait").start();
        try {
            io.jplay.testing.Await.until("the sleep", java.time.Duration.ofSeconds(10), () -> sleeps().size() == 1);
            ProcessHandle sleep = sleeps().get(0);
            ProcessHandle inner = sleep.parent().orElseThrow();
            Process kill = new ProcessBuilder("/bin/sh", "-c", PidReport.killScript(List.of(inner.pid()), "TERM")).start();
            assertEquals(0, kill.waitFor());
            io.jplay.testing.Await.until("the inner shell gone", java.time.Duration.ofSeconds(10), () -> !inner.isAlive());
            assertTrue(sleep.isAlive(), "the group the shell does not lead was left alone");
        } finally {
            outer.destroyForcibly();
            sleeps().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static List<ProcessHandle> sleeps() {
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(a -> a.length == 1 && a[0].startsWith("3456.")).orElse(false)).toList();
    }

    /** The pid of the setsid'd shell (the group leader) once both of its sleeps run. */
    private static long awaitChildSleeps(Process setsid) throws Exception {
        io.jplay.testing.Await.until("two sleeps", java.time.Duration.ofSeconds(10), () -> sleeps().size() == 2);
        return sleeps().get(0).parent().orElseThrow().pid();
    }
}
