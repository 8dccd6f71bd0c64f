package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Async tasks through the whole CLI on localhost, each run with its own async dir. */
@Tag("slow")
class AsyncPlaybookTest {

    @Test
    void checkModeRunsNothingAndReportsTheSkippedJobLikeAnsible217(@TempDir Path work) throws Exception {
        Path marker = work.resolve("marker");
        Files.writeString(work.resolve("p.yml"), """
                - hosts: localhost
                  gather_facts: false
                  tasks:
                    - command: touch %s
                      async: 5
                      poll: 1
                      register: r
                    - assert:
                        that:
                          - r is skipped
                          - r.finished == 1
                          - r.ansible_job_id is match('j\\\\d+\\\\.\\\\d+')
                """.formatted(marker));
        JplayRun run = JplayRun.run(work, Map.of("ANSIBLE_ASYNC_DIR", work.resolve("async").toString()), "--check",
                "p.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertFalse(Files.exists(marker), "the command must not run under --check");
        assertTrue(run.stdout().matches("(?s).*ASYNC OK on localhost: jid=j\\d+\\.\\d+\nskipping: \\[localhost].*"),
                run.stdout());
    }

    @Test
    void actionsThatCannotRunInTheBackgroundFailWithAnsiblesMessage(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("p.yml"), """
                - hosts: localhost
                  gather_facts: false
                  tasks:
                    - debug: msg=hi
                      async: 5
                """);
        JplayRun run = JplayRun.run(work, Map.of(), "p.yml");
        assertEquals(2, run.exitCode());
        assertTrue(run.stdout().contains("\"msg\": \"async is not supported for this task.\""), run.stdout());
    }

    @Test
    void pollZeroLaunchReturnsAtOnceAndTheJobFileIsAnsiblesFormat(@TempDir Path work) throws Exception {
        Path async = work.resolve("async");
        Files.writeString(work.resolve("p.yml"), """
                - hosts: localhost
                  gather_facts: false
                  tasks:
                    - command: echo launched
                      async: 10
                      poll: 0
                      register: job
                    - async_status:
                        jid: "{{ job.ansible_job_id }}"
                      register: status
                      until: status is finished
                      retries: 20
                      delay: 0.2
                    - assert:
                        that:
                          - job.started == 1 and job.finished == 0 and job is changed
                          - job.results_file == '%s/' + job.ansible_job_id
                          - status.stdout == 'launched'
                          - status.rc == 0
                """.formatted(async));
        JplayRun run = JplayRun.run(work, Map.of("ANSIBLE_ASYNC_DIR", async.toString()), "p.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    }
}
