package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many concurrent async jobs on one host (issue 16; {@code bench/run}'s {@code async_many} scenario
 * runs the same pattern over SSH): a loop launches them with {@code poll: 0}, all of them run at
 * once, and one {@code async_status} task over the results reads every job with a single exec.
 *
 * <p>The jobs wait for a shared lock that one job holds until the test releases it ({@code flock}),
 * so none of them polls and 1,000 waiting jobs cost nothing; and none can finish before every job
 * has been launched and counted as running. The statuses are read once all jobs have written their
 * results. The host's shell is a script that records every exec it runs by kind (job launch, job
 * status read, anything else), so the counts are exact and do not depend on timing: one exec per
 * launch and one for the statuses of all jobs.
 */
class AsyncManyJobsTest {
    @TempDir
    Path dir;

    @Test
    void fortyJobsRunAtOnceAndOneExecReadsThemAll() throws Exception {
        runJobs(40);
    }

    @Test
    @Tag("slow")
    void aThousandJobsRunAtOnceAndOneExecReadsThemAll() throws Exception {
        runJobs(1000);
    }

    /**
     * A job still running when the batch read them all is retried on its own; the answers for the
     * items after it are then a retry delay old, so the rest are read again with one exec instead
     * of each item waiting out a delay for a job that has finished meanwhile.
     */
    @Test
    void afterARetryTheRestAreReadAgainWithOneExec() throws Exception {
        countingHost(dir.resolve("execs"));
        Files.writeString(dir.resolve("retry.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - command: "{{ item }}"
                      async: 60
                      poll: 0
                      loop: ["true", "sleep 2", "sleep 1"]
                      register: launched
                    - async_status: {jid: "{{ item.ansible_job_id }}"}
                      loop: "{{ launched.results }}"
                      register: done
                      until: done.finished
                      retries: 30
                      delay: 1
                    - debug: {msg: "{{ done.results | map(attribute='attempts') | list }}"}
                """);
        JplayRun run = JplayRun.run(dir, Map.of(), "-i", "inv", "retry.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        long retries = run.stdout().split("FAILED - RETRYING", -1).length - 1;
        assertTrue(retries >= 1, "the 2-second job was still running at the first read: " + run.stdout());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"msg\": \\[\\s*(\\d+),\\s*(\\d+),\\s*(\\d+)\\s*]")
                .matcher(run.stdout());
        assertTrue(m.find(), run.stdout());
        int[] attempts = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        assertEquals(1, attempts[2], "the 1-second job had ended when the 2-second one had: its item read the"
                + " fresh answer and was not retried: " + run.stdout());
        // after item 0 was retried, items 1 and 2 are read together; after item 1, item 2 reads itself
        long rereads = (attempts[0] > 1 ? 1 : 0) + (attempts[1] > 1 ? 1 : 0);
        List<String> kinds = Files.readAllLines(dir.resolve("execs"));
        assertEquals(1 + retries + rereads, count(kinds, "status"),
                "one read of all, one per retry, and one read of the rest after each retried item");
    }

    /** The inventory {@code inv}: host h1, local, whose shell records each exec's kind in {@code execs}. */
    private void countingHost(Path execs) throws java.io.IOException {
        Path shell = dir.resolve("counting-sh");
        Files.writeString(shell, """
                #!/bin/sh
                case $2 in
                    *--jplay-status-*|*--jplay-job-*) kind=status ;;
                    *JPLAY_ASYNC_WRAPPER=*|*/.jplay-async-*) kind=launch ;;
                    *) kind=other ;;
                esac
                echo $kind >> '%s'
                exec /bin/sh "$@"
                """.formatted(execs));
        Files.setPosixFilePermissions(shell, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("inv"), "h1 ansible_connection=local ansible_shell_executable=" + shell
                + " ansible_async_dir=" + dir.resolve("async") + "\n");
    }

    private void runJobs(int jobs) throws Exception {
        Path execs = dir.resolve("execs");
        countingHost(execs);
        Files.writeString(dir.resolve("many.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: a job holds the lock until go exists
                      command: flock lock sh -c 'touch held; while [ ! -e go ]; do sleep 0.2; done'
                      args: {chdir: "%1$s"}
                      async: 900
                      poll: 0
                    - name: wait until it holds it
                      command: test -e held
                      args: {chdir: "%1$s"}
                      register: held
                      until: held.rc == 0
                      retries: 100
                      delay: 1
                    - name: launch
                      command: flock -s lock echo job {{ item }}
                      args: {chdir: "%1$s"}
                      async: 900
                      poll: 0
                      loop: "{{ range(%2$d) | list }}"
                      register: launched
                    - name: all running at once
                      shell: grep -l 'finished.. 0' %3$s/j* | wc -l
                      register: running
                    - name: release them
                      command: touch go
                      args: {chdir: "%1$s"}
                    - name: wait until every job has written its result
                      shell: grep -l 'finished.. 0' %3$s/j* | wc -l
                      register: left
                      until: left.stdout == "0"
                      retries: 300
                      delay: 1
                    - name: status of every job
                      async_status: {jid: "{{ item.ansible_job_id }}"}
                      loop: "{{ launched.results }}"
                      register: done
                      until: done.finished
                      retries: 60
                      delay: 1
                    - assert:
                        that:
                          - running.stdout | int == %2$d + 1
                          - done.results | map(attribute='stdout') | list == range(%2$d) | map('regex_replace', '^', 'job ') | list
                          - done.results | map(attribute='rc') | unique | list == [0]
                          - done.results | map(attribute='finished') | unique | list == [1]
                """.formatted(dir, jobs, dir.resolve("async")));
        JplayRun run = JplayRun.run(dir, Map.of(), "-i", "inv", "many.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("h1                         : ok=8    changed=7"), run.stdout());
        List<String> kinds = Files.readAllLines(execs);
        long retries = run.stdout().split("RETRYING: \\[h1\\]: status of every job", -1).length - 1;
        assertEquals(1 + jobs, count(kinds, "launch"), "one exec per launch (the lock holder's and the jobs')");
        assertEquals(1 + retries, count(kinds, "status"),
                "one exec reads all " + jobs + " jobs (then one per retry of a job still running)");
        assertEquals(0, retries, "every job had finished before the statuses were read");
    }

    private static long count(List<String> kinds, String kind) {
        return kinds.stream().filter(kind::equals).count();
    }
}
