package io.jplay.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one async job costs the target, pinned as a number of processes: launch, watchdog and runner
 * of a job that sleeps, counted with {@code strace -f} (the job's own {@code sleep} included). Every
 * fork on a loaded target costs milliseconds of CPU; the wrapper once used 36 for the watchdog and
 * runner alone, plus 4 a second while waiting. A change that adds one must say why here.
 */
class WrapperForkCountTest {
    /**
     * launch 3 (the async dir's expansion, mv of the first record, the watchdog), watchdog 2 (the
     * runner, its one sleep), runner 6 (two dates, the job's shell and its command, mv, rm).
     */
    private static final int FORKS_PER_JOB = 11;

    @TempDir
    Path tmp;

    @Test
    void aJobThatSleepsCostsAFixedNumberOfProcessesHoweverLongItRuns() throws Exception {
        assumeTrue(Host.onPath("strace"), "strace is not installed: the fork count is not measured");
        Path dir = Files.createDirectory(tmp.resolve("async"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path trace = tmp.resolve("trace.txt");
        Host.Run launch = Host.run(Map.of("JPLAY_ASYNC_WRAPPER", AsyncWrapper.SCRIPT),
                "strace", "-f", "-qq", "-e", "trace=clone,clone3,fork,vfork", "-o", trace.toString(),
                "sh", "-c", "eval \"$JPLAY_ASYNC_WRAPPER\"", "jplay-async", "launch", "j1", "20", dir.toString(), "0",
                "COMMAND", "sleep 2", "", "");
        if (launch.rc() != 0 && launch.out().contains("ptrace")) {
            abort("this machine forbids ptrace: " + launch.out().strip());
        }
        assertEquals(0, launch.rc(), launch.out());
        String jid = launch.out().replaceAll("(?s).*\"ansible_job_id\": \"([^\"]+)\".*", "$1");
        String record = Host.awaitFinal(dir.resolve(jid), 10_000);
        assertTrue(record.contains("\"rc\": 0"), record);
        List<String> forks = Files.readAllLines(trace).stream()
                .filter(line -> line.matches("\\d+ +(clone3?|v?fork)\\(.*") && !line.contains("resumed>"))
                .toList();
        assertEquals(FORKS_PER_JOB, forks.size(), String.join("\n", forks));
    }
}
