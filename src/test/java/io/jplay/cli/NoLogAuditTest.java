package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One secret, marked {@code no_log}, run through every path that prints or writes a result: retries,
 * loops, handlers, async with polling and fire-and-forget with {@code async_status}, failures with a
 * rescue, a templating error, {@code debug}, {@code set_fact} and an {@code include_tasks} loop; under
 * every stdout callback, every verbosity, with {@code log_path}, {@code junit}, {@code profile_tasks} and {@code timer} enabled. The
 * secret must appear nowhere: not on stdout or stderr and not in any file the run writes on the
 * controller. (The job file of an async task on the target holds the module's own result, as in
 * Ansible: async_status reads it back to register it.)
 */
@Tag("slow")
class NoLogAuditTest {
    /** Built from pieces inside the playbook so that the literal never appears in any input file. */
    private static final String SECRET = "S3CR3T-" + "7781";

    private static final String PLAYBOOK = """
            - hosts: localhost
              gather_facts: false
              vars:
                secret: "{{ 'S3CR3T-' ~ '7781' }}"
              tasks:
                - name: retried until it gives up
                  command: echo {{ secret }}
                  register: tried
                  until: tried.rc == 5
                  retries: 2
                  delay: 0
                  no_log: true
                  ignore_errors: true
                - name: a loop over the secret
                  shell: echo {{ item }}; exit {{ idx }}
                  loop: ["{{ secret }}", "{{ secret }}-2"]
                  loop_control:
                    index_var: idx
                  no_log: true
                  ignore_errors: true
                - name: notifies a handler
                  command: echo {{ secret }}
                  no_log: true
                  notify: secret handler
                - name: polled job
                  shell: echo {{ secret }}
                  async: 20
                  poll: 1
                  no_log: true
                - name: fire and forget
                  shell: echo {{ secret }}
                  async: 20
                  poll: 0
                  register: job
                  no_log: true
                - name: its status
                  async_status:
                    jid: "{{ job.ansible_job_id }}"
                  register: status
                  until: status.finished
                  retries: 20
                  delay: 1
                  no_log: true
                - block:
                    - name: fails with the secret
                      shell: echo {{ secret }} >&2; exit 3
                      no_log: true
                  rescue:
                    - name: the rescue sees the failure
                      debug:
                        msg: "{{ ansible_failed_result.stderr }}"
                      no_log: true
                - name: a templating error beside the secret
                  command: echo {{ secret }} {{ undefined_variable }}
                  no_log: true
                  ignore_errors: true
                - name: debug
                  debug:
                    msg: "{{ secret }}"
                  no_log: true
                - name: an include over the secret
                  include_tasks: included.yml
                  loop: ["{{ secret }}"]
                  loop_control:
                    label: "{{ item }}-label"
                  no_log: true
                - name: set_fact
                  set_fact:
                    copied: "{{ secret }}"
                  no_log: true
                - name: an assert that fails
                  assert:
                    that: secret == 'other'
                    fail_msg: "{{ secret }}"
                  no_log: true
                  ignore_errors: true
              handlers:
                - name: secret handler
                  command: echo {{ secret }}
                  no_log: true
            """;

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (String verbosity : List.of("", "-v", "-vv", "-vvv", "-vvvv")) {
            runs.add(Arguments.of("default", verbosity));
        }
        for (String callback : List.of("minimal", "oneline", "json", "community.general.yaml")) {
            runs.add(Arguments.of(callback, "-vvvv"));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void theSecretAppearsNowhere(String callback, String verbosity, @TempDir Path work) throws IOException {
        Files.writeString(work.resolve("site.yml"), PLAYBOOK);
        Files.writeString(work.resolve("included.yml"), "- debug:\n    msg: included\n");
        Path junit = Files.createDirectory(work.resolve("junit"));
        Map<String, String> env = new HashMap<>();
        env.put("ANSIBLE_STDOUT_CALLBACK", callback);
        env.put("ANSIBLE_CALLBACKS_ENABLED", "junit,profile_tasks,timer");
        env.put("JUNIT_OUTPUT_DIR", junit.toString());
        env.put("ANSIBLE_LOG_PATH", work.resolve("jplay.log").toString());
        env.put("ANSIBLE_ASYNC_DIR", work.resolve("async").toString());
        env.put("ANSIBLE_LOCALHOST_WARNING", "false");
        env.put("ANSIBLE_INVENTORY_UNPARSED_WARNING", "false");
        List<String> args = new ArrayList<>(List.of("-i", "localhost,", "-c", "local", "site.yml"));
        if (!verbosity.isEmpty()) {
            args.add(verbosity);
        }
        JplayRun run = JplayRun.run(work, env, args.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("secret handler") || callback.equals("json")
                || callback.equals("oneline") || callback.equals("minimal"), "the handler ran: " + run.stdout());
        assertFalse(run.stdout().contains(SECRET), "stdout:\n" + run.stdout());
        assertFalse(run.stderr().contains(SECRET), "stderr:\n" + run.stderr());
        assertTrue(Files.size(work.resolve("jplay.log")) > 0, "log_path was written");
        try (Stream<Path> files = Files.walk(work)) {
            List<Path> written = files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(work.resolve("async")))
                    .toList();
            assertTrue(written.stream().anyMatch(p -> p.startsWith(junit)), "junit wrote its report");
            for (Path file : written) {
                assertFalse(read(file).contains(SECRET), file + ":\n" + read(file));
            }
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
