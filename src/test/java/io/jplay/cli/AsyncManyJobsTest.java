package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many concurrent async jobs on one host, scaled down from the 1,000 of {@code bench/run}'s
 * {@code async_many} scenario: a loop launches them with {@code poll: 0}, all run at once, and one
 * {@code async_status} task over the results reads every job with a single exec. The host's shell is
 * a script that counts the execs.
 */
class AsyncManyJobsTest {
    private static final int JOBS = 40;

    @TempDir
    Path dir;

    @Test
    void fortyJobsRunAtOnceAndOneExecReadsThemAll() throws Exception {
        Path count = dir.resolve("execs");
        Path shell = dir.resolve("counting-sh");
        Files.writeString(shell, "#!/bin/sh\necho x >> '" + count + "'\nexec /bin/sh \"$@\"\n");
        Files.setPosixFilePermissions(shell, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("inv"), "h1 ansible_connection=local ansible_shell_executable=" + shell
                + " ansible_async_dir=" + dir.resolve("async") + "\n");
        Files.writeString(dir.resolve("many.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: launch
                      command: sh -c 'while [ ! -e go ]; do sleep 0.2; done; echo job {{ item }}'
                      args: {chdir: "%1$s"}
                      async: 120
                      poll: 0
                      loop: "{{ range(%2$d) | list }}"
                      register: launched
                    - name: all running at once
                      shell: grep -l 'finished.. 0' %3$s/j* | wc -l
                      register: running
                    - file: {path: "%1$s/go", state: touch}
                    - command: sleep 1.5
                    - name: status of every job
                      async_status: {jid: "{{ item.ansible_job_id }}"}
                      loop: "{{ launched.results }}"
                      register: done
                      until: done.finished
                      retries: 20
                      delay: 1
                    - assert:
                        that:
                          - running.stdout | int == %2$d
                          - done.results | map(attribute='stdout') | list == range(%2$d) | map('regex_replace', '^', 'job ') | list
                          - done.results | map(attribute='rc') | unique | list == [0]
                """.formatted(dir, JOBS, dir.resolve("async")));
        JplayRun run = JplayRun.run(dir, Map.of(), "-i", "inv", "many.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("h1                         : ok=6    changed=5"), run.stdout());
        long execs = Files.readAllLines(count).size();
        // one per launch, one each for grep, file (its module may take a few), sleep, and ONE for all statuses
        assertTrue(execs <= JOBS + 8, "execs: " + execs);
        assertEquals(0, run.stdout().split("FAILED - RETRYING", -1).length - 1, run.stdout());
    }
}
