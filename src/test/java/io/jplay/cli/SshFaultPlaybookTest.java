package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.testing.Await;
import io.jplay.testing.SshdServer;
import io.jplay.testing.TestUsers;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole play over SSH where one host's sshd is stopped while a task runs on it: that host is
 * reported UNREACHABLE and leaves the play, the other host finishes every task, and the run exits 4.
 */
@Tag("ssh")
class SshFaultPlaybookTest {
    @RegisterExtension
    static final SshdServer DOOMED = SshdServer.create();
    @RegisterExtension
    static final SshdServer HEALTHY = SshdServer.create();

    @Test
    void stoppingOneHostsSshdMidPlayLeavesTheOthersRunning(@TempDir Path work) throws Exception {
        String user = TestUsers.nonRoot().orElse(DOOMED.user());
        String inventory = String.format("doomed ansible_host=127.0.0.1 ansible_port=%d ansible_user=%s "
                + "ansible_ssh_private_key_file=%s%nhealthy ansible_host=127.0.0.1 ansible_port=%d ansible_user=%s "
                + "ansible_ssh_private_key_file=%s%n", DOOMED.port(), user, DOOMED.clientKey(), HEALTHY.port(), user,
                HEALTHY.clientKey());
        Files.writeString(work.resolve("hosts"), inventory);
        Files.writeString(work.resolve("p.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: connect
                      command: "true"
                    - name: long task
                      command: sleep 4.0731
                    - name: after
                      command: echo still here
                """);
        CompletableFuture<JplayRun> run = CompletableFuture.supplyAsync(() -> JplayRun.run(work,
                Map.of("ANSIBLE_HOST_KEY_CHECKING", "False"), "-i", "hosts", "p.yml"));
        // both hosts are inside the long task (its sleep runs) before one host's sshd goes away
        Await.until("the long task on both hosts", Duration.ofSeconds(30), () -> longTasksRunning() == 2);
        DOOMED.stop();
        JplayRun result = run.get(60, TimeUnit.SECONDS);
        assertEquals(4, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stdout().contains("fatal: [doomed]: UNREACHABLE!"), result.stdout());
        assertTrue(result.stdout().matches("(?s).*TASK \\[after\\] \\*+\nchanged: \\[healthy\\]\n.*"), result.stdout());
        assertTrue(result.stdout().matches("(?s).*doomed +: ok=\\d+ +changed=\\d+ +unreachable=1 .*"), result.stdout());
        assertTrue(result.stdout().matches("(?s).*healthy +: ok=3 +changed=3 +unreachable=0 +failed=0 .*"),
                result.stdout());
    }

    /** A host that accepts TCP and never speaks: UNREACHABLE after {@code -T}, the other host's results printed. */
    @Test
    void hostThatNeverSendsABannerIsUnreachableAndTheOthersFinish(@TempDir Path work) throws Exception {
        String user = TestUsers.nonRoot().orElse(HEALTHY.user());
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Files.writeString(work.resolve("hosts"), String.format("silent ansible_host=127.0.0.1 ansible_port=%d%n"
                    + "healthy ansible_host=127.0.0.1 ansible_port=%d ansible_user=%s ansible_ssh_private_key_file=%s%n",
                    silent.getLocalPort(), HEALTHY.port(), user, HEALTHY.clientKey()));
            Files.writeString(work.resolve("p.yml"), """
                    - hosts: all
                      gather_facts: false
                      tasks:
                        - name: connect
                          command: echo here
                    """);
            CompletableFuture<JplayRun> run = CompletableFuture.supplyAsync(() -> JplayRun.run(work,
                    Map.of("ANSIBLE_HOST_KEY_CHECKING", "False"), "-i", "hosts", "-T", "3", "p.yml"));
            JplayRun result = run.get(60, TimeUnit.SECONDS);
            assertEquals(4, result.exitCode(), result.stdout() + result.stderr());
            assertTrue(result.stdout().contains("fatal: [silent]: UNREACHABLE! => {\"changed\": false, \"msg\": "
                    + "\"Failed to connect to the host via ssh: Connection timed out during banner exchange\\r\\n"
                    + "Connection to 127.0.0.1 port " + silent.getLocalPort() + " timed out\""), result.stdout());
            assertTrue(result.stdout().contains("changed: [healthy]"), result.stdout());
        }
    }

    private static long longTasksRunning() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/sleep")
                && p.info().arguments().map(a -> a.length == 1 && a[0].equals("4.0731")).orElse(false)).count();
    }
}
