package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.Await;
import io.jplay.testing.NamespacedSshd;
import io.jplay.testing.NetworkNamespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on a real network path: two network namespaces made for this test, each with OpenSSH's sshd,
 * two inventory hosts in each. While every host runs a task, the link to one namespace is cut, or
 * slowed and made to lose packets. The hosts behind a cut link are UNREACHABLE (host, address and
 * reason in the message) and leave the play; the others run every task to the end; the exit code is
 * Ansible's; every async job started before the fault is found again by {@code async_status}, the
 * cut hosts' ones once the link is back. Root and {@code ip netns} are needed; elsewhere the tests are
 * skipped with the reason.
 */
@Tag("ssh")
@Tag("slow")
class NetworkFaultPlaybookTest {
    private static final Pattern JOB = Pattern.compile("changed: \\[(\\w+)\\] => \\{.*\"ansible_job_id\": \"([^\"]+)\"");
    private static final String PLAYBOOK = """
            - hosts: all
              gather_facts: false
              tasks:
                - name: connect
                  command: "true"
                - name: start job
                  command: sleep %1$s
                  async: 300
                  poll: 0
                  register: job
                - name: long task
                  command: sleep %2$s
                - name: after
                  command: echo still here
                - name: job status
                  async_status:
                    jid: "{{ job.ansible_job_id }}"
            """;

    @TempDir
    static Path servers;
    static NetworkNamespace steady;
    static NetworkNamespace faulty;
    static NamespacedSshd steadySshd;
    static NamespacedSshd faultySshd;

    @BeforeAll
    static void namespaces() throws Exception {
        Optional<String> why = NetworkNamespace.unavailableReason();
        assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElse(""));
        assumeTrue(java.nio.file.Files.isExecutable(io.jplay.testing.SshdServer.OPENSSH_SSHD),
                "skipped: OpenSSH's sshd is not installed (this test runs it inside network namespaces)");
        steady = NetworkNamespace.create("s", 0);
        faulty = NetworkNamespace.create("f", 1);
        steadySshd = NamespacedSshd.start(steady, servers.resolve("steady"));
        faultySshd = NamespacedSshd.start(faulty, servers.resolve("faulty"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        for (AutoCloseable c : new AutoCloseable[] {steadySshd, faultySshd, steady, faulty}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the others are still closed
            }
        }
    }

    @Test
    void cuttingOneLinkMidTaskMakesItsHostsUnreachableAndLosesNoJob(@TempDir Path work) throws Exception {
        String job = "31.4159";
        String pause = "4.0733";
        writeRun(work, job, pause);
        try {
            CompletableFuture<JplayRun> run = CompletableFuture.supplyAsync(() -> JplayRun.run(work, env(), "-v", "-T", "5",
                    "-f", "4", "-i", "hosts", "p.yml"));
            awaitLongTasks(run, pause);
            faulty.cut();
            JplayRun result = run.get(120, TimeUnit.SECONDS);
            String out = result.stdout();
            assertEquals(4, result.exitCode(), out + result.stderr());
            for (String host : List.of("faulty1", "faulty2")) {
                assertTrue(out.contains("fatal: [" + host + "]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Data could"
                        + " not be sent to remote host \\\"" + faulty.address() + "\\\". Make sure this host can be reached"
                        + " over ssh: Timeout, server " + faulty.address() + " not responding.\", \"unreachable\": true}"), out);
                assertTrue(out.matches("(?s).*" + host + " +: ok=2 +changed=2 +unreachable=1 +failed=0 .*"), out);
            }
            assertTrue(out.matches("(?s).*TASK \\[after\\] \\*+\n(changed: \\[steady\\d\\] => .*\n){2}.*"), out);
            for (String host : List.of("steady1", "steady2")) {
                assertTrue(out.matches("(?s).*" + host + " +: ok=5 +changed=4 +unreachable=0 +failed=0 .*"), out);
            }
            Map<String, String> jobs = jobIds(out);
            assertEquals(List.of("steady1", "steady2", "faulty1", "faulty2").stream().sorted().toList(),
                    jobs.keySet().stream().sorted().toList(), out);

            faulty.heal();
            assertEveryJobFound(work, jobs);
        } finally {
            faulty.heal();
            stopSleeps(job);
        }
    }

    @Test
    void latencyAndLossMidRunSlowTheHostsDownButLoseNothing(@TempDir Path work) throws Exception {
        String job = "32.7183";
        String pause = "3.0917";
        writeRun(work, job, pause);
        try {
            CompletableFuture<JplayRun> run = CompletableFuture.supplyAsync(() -> JplayRun.run(work, env(), "-v", "-T", "10",
                    "-f", "4", "-i", "hosts", "p.yml"));
            awaitLongTasks(run, pause);
            faulty.addLatency(200);
            JplayRun result = run.get(120, TimeUnit.SECONDS);
            String out = result.stdout();
            assertEquals(0, result.exitCode(), out + result.stderr());
            for (String host : List.of("steady1", "steady2", "faulty1", "faulty2")) {
                assertTrue(out.matches("(?s).*" + host + " +: ok=5 +changed=4 +unreachable=0 +failed=0 .*"), out);
            }
            Map<String, String> jobs = jobIds(out);
            assertEquals(4, jobs.size(), out);
            faulty.heal();
            faulty.addLoss(20);
            assertEveryJobFound(work, jobs);
        } finally {
            faulty.heal();
            stopSleeps(job);
        }
    }

    @Test
    void aLinkCutBeforeTheRunFailsTheConnectWithinTheTimeoutAndTheOthersFinish(@TempDir Path work) throws Exception {
        writeRun(work, "0", "0");
        Files.writeString(work.resolve("p.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: connect
                      command: echo here
                """);
        faulty.cut();
        try {
            long start = System.nanoTime();
            JplayRun result = JplayRun.run(work, env(), "-T", "2", "-f", "4", "-i", "hosts", "p.yml");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            String out = result.stdout();
            assertEquals(4, result.exitCode(), out + result.stderr());
            assertTrue(seconds < 30, "took " + seconds + " s");
            for (String host : List.of("faulty1", "faulty2")) {
                // OpenSSH's ConnectTimeout, or the kernel giving up on the neighbour first (about 3 s): both as OpenSSH says them
                assertTrue(Pattern.compile("fatal: \\[" + host + "\\]: UNREACHABLE! => \\{\"changed\": false, \"msg\": \"Failed"
                        + " to connect to the host via ssh: ssh: connect to host " + Pattern.quote(faulty.address()) + " port 22:"
                        + " (Connection timed out|No route to host)\", \"unreachable\": true\\}").matcher(out).find(), out);
            }
            for (String host : List.of("steady1", "steady2")) {
                assertTrue(out.contains("changed: [" + host + "]"), out);
            }
        } finally {
            faulty.heal();
        }
    }

    private static Map<String, String> env() {
        return Map.of("ANSIBLE_HOST_KEY_CHECKING", "False", "JPLAY_SSH_KEEPALIVE_INTERVAL", "1");
    }

    private static void writeRun(Path work, String job, String pause) throws IOException {
        StringBuilder ini = new StringBuilder();
        for (NamespacedSshd s : List.of(steadySshd, faultySshd)) {
            String prefix = s == steadySshd ? "steady" : "faulty";
            for (int i = 1; i <= 2; i++) {
                ini.append(String.format("%s%d ansible_host=%s ansible_user=%s ansible_ssh_private_key_file=%s%n",
                        prefix, i, s.address(), System.getProperty("user.name"), s.clientKey()));
            }
        }
        Files.writeString(work.resolve("hosts"), ini.toString());
        Files.writeString(work.resolve("p.yml"), String.format(PLAYBOOK, job, pause));
    }

    /** A second run, over the healed links, asks each host for its job: every one must be found. */
    private static void assertEveryJobFound(Path work, Map<String, String> jobs) throws IOException {
        StringBuilder ini = new StringBuilder(Files.readString(work.resolve("hosts")));
        Files.writeString(work.resolve("hosts2"), ini.toString().lines().map(l -> l + " jid=" + jobs.get(l.split(" ")[0]))
                .reduce("", (a, b) -> a + b + "\n"));
        Files.writeString(work.resolve("status.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - async_status:
                        jid: "{{ jid }}"
                """);
        JplayRun status = JplayRun.run(work, env(), "-T", "20", "-i", "hosts2", "status.yml");
        assertEquals(0, status.exitCode(), status.stdout() + status.stderr());
        for (String host : jobs.keySet()) {
            assertTrue(status.stdout().matches("(?s).*" + host + " +: ok=1 +changed=0 +unreachable=0 +failed=0 .*"),
                    status.stdout());
        }
    }

    private static Map<String, String> jobIds(String out) {
        Map<String, String> jobs = new LinkedHashMap<>();
        Matcher m = JOB.matcher(out);
        while (m.find()) {
            jobs.put(m.group(1), m.group(2));
        }
        return jobs;
    }

    /** Until the long task runs on all four hosts; a run that ended before is shown whole. */
    private static void awaitLongTasks(CompletableFuture<JplayRun> run, String pause) throws Exception {
        Await.until("the long task on all four hosts", Duration.ofSeconds(120),
                () -> running(pause) == 4 || run.isDone());
        if (run.isDone()) {
            JplayRun early = run.get();
            throw new AssertionError("the run ended before the fault: " + early.stdout() + early.stderr());
        }
    }

    private static long running(String sleepArg) {
        return sleeps(sleepArg).size();
    }

    private static List<ProcessHandle> sleeps(String sleepArg) {
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/sleep")
                && p.info().arguments().map(a -> a.length == 1 && a[0].equals(sleepArg)).orElse(false))
                .forEach(found::add);
        return found;
    }

    /** The async jobs' sleeps (this test's own, known by their unusual argument) are ended by PID. */
    private static void stopSleeps(String sleepArg) {
        sleeps(sleepArg).forEach(ProcessHandle::destroy);
    }
}
