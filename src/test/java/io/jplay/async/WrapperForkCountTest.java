package io.jplay.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one async job costs the target, pinned as a number of processes: the launch by the installed
 * wrapper's path and everything the detached job starts, for a job that sleeps, counted with
 * {@code strace -f} (the job's own process included). Every fork on a loaded target costs about half
 * a millisecond of CPU; the wrapper once used 36 for the watchdog and runner alone, plus 4 a second
 * while waiting, then 11 in all. A change that adds one must say why here.
 */
class WrapperForkCountTest {
    /**
     * With timeout(1): launch 1 (the runner, through setsid), runner 5 (two dates, timeout, mv, rm),
     * timeout 1 (the job: its {@code sh -c} execs the command, as the command module's line does).
     */
    private static final int FORKS_PER_JOB = 7;
    /**
     * Without timeout(1): launch 1 (the watchdog), watchdog 2 (the runner, its one sleep), runner 5
     * (two dates, the job, mv, rm).
     */
    private static final int FORKS_PER_JOB_WITHOUT_TIMEOUT = 8;

    @TempDir
    Path tmp;

    @Test
    void aJobThatSleepsCostsAFixedNumberOfProcessesHoweverLongItRuns() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/timeout")) || Files.isExecutable(Path.of("/bin/timeout")),
                "no timeout(1): the count with it is not measured");
        assertEquals(FORKS_PER_JOB, forksOfOneJob(Map.of()));
    }

    @Test
    void withoutTimeoutTheWatchdogCostsOneProcessMore() throws Exception {
        assertEquals(FORKS_PER_JOB_WITHOUT_TIMEOUT, forksOfOneJob(Map.of("JPLAY_ASYNC_NO_TIMEOUT", "1")));
    }

    /** Installs the wrapper with an inline launch (not counted), then counts the forks of a launch by path. */
    private int forksOfOneJob(Map<String, String> env) throws Exception {
        assumeTrue(Host.onPath("strace"), "strace is not installed: the fork count is not measured");
        Path dir = Files.createDirectory(tmp.resolve("async"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, String> inline = new HashMap<>(env);
        inline.put("JPLAY_ASYNC_WRAPPER", AsyncWrapper.SCRIPT);
        Host.Run install = Host.run(inline, launch(List.of("sh", "-c", "eval \"$JPLAY_ASYNC_WRAPPER\"", "jplay-async"),
                dir, "j0", "exec true"));
        assertEquals(0, install.rc(), install.out());
        Path wrapper = dir.resolve(AsyncWrapper.FILE_NAME);
        assertTrue(Files.isRegularFile(wrapper), "the inline launch installs the wrapper");
        Path trace = tmp.resolve("trace.txt");
        Host.Run launch = Host.run(env, launch(List.of("strace", "-f", "-qq", "-e", "trace=clone,clone3,fork,vfork",
                "-o", trace.toString(), "sh", wrapper.toString()), dir, "j1", "exec sleep 2"));
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
        assertTrue(forks.size() > 0, "no forks traced");
        return forks.size();
    }

    private static String[] launch(List<String> prefix, Path dir, String jidPrefix, String cmd) {
        List<String> argv = new ArrayList<>(prefix);
        argv.addAll(List.of("launch", AsyncWrapper.FILE_NAME, jidPrefix, "20", dir.toString(), "0", "COMMAND", cmd, "",
                ""));
        return argv.toArray(String[]::new);
    }
}
