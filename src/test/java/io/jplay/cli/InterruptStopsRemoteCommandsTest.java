package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.Await;
import io.jplay.testing.SshdServer;
import io.jplay.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT to the jplay process) during a task over a real sshd: the synchronous command and
 * what it started end on the target, the polled async job keeps running and is listed, and jplay
 * prints Ansible's {@code [ERROR]: User interrupted execution} and exits 99. Both for a user login
 * (where sshd signals the command on request) and for a root login (where OpenSSH refuses the
 * request and jplay kills the command's process group through a second channel).
 */
@Tag("ssh")
class InterruptStopsRemoteCommandsTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    @Test
    void sigintEndsTheSynchronousRemoteCommandsAndKeepsAsyncJobs(@TempDir Path work) throws Exception {
        sigintEndsSynchronousCommandsOf(TestUsers.nonRoot().orElse(SSHD.user()), "4321.731", "4321.732", work);
    }

    @Test
    void sigintEndsTheSynchronousRemoteCommandOfARootLogin(@TempDir Path work) throws Exception {
        assumeTrue(SSHD.user().equals("root"), "needs to run as root (a root login over the test sshd)");
        sigintEndsSynchronousCommandsOf("root", "4321.741", "4321.742", work);
    }

    private void sigintEndsSynchronousCommandsOf(String user, String syncSleep, String asyncSleep, Path work)
            throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/env")), "needs env --default-signal (coreutils 8.31+)");
        String vars = String.format("ansible_host=127.0.0.1 ansible_port=%d ansible_user=%s ansible_ssh_private_key_file=%s",
                SSHD.port(), user, SSHD.clientKey());
        Files.writeString(work.resolve("hosts"), "syncer " + vars + "\nasyncer " + vars + "\n");
        // one task: synchronous on one host (a shell with a child), async and polled on the other
        Files.writeString(work.resolve("p.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: long
                      shell: "sleep {{ '%s' if inventory_hostname == 'syncer' else '%s' }}; echo done"
                      async: "{{ 0 if inventory_hostname == 'syncer' else 600 }}"
                      poll: 1
                """.formatted(syncSleep, asyncSleep));
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-i", "hosts", "p.yml"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out").toFile()).redirectError(work.resolve("err").toFile());
        builder.environment().put("ANSIBLE_HOST_KEY_CHECKING", "False");
        builder.environment().put("HOME", work.toString());
        Process jplay = builder.start();
        long asyncPid = -1;
        long syncPid = -1;
        try {
            Await.until("both sleeps running", Duration.ofSeconds(60),
                    () -> sleepPid(syncSleep).isPresent() && sleepPid(asyncSleep).isPresent());
            syncPid = sleepPid(syncSleep).orElseThrow();
            long stopped = syncPid;
            asyncPid = sleepPid(asyncSleep).orElseThrow();
            assertFalse(ProcessHandle.of(syncPid).map(p -> p.parent().map(pp -> pp.pid() == jplay.pid()).orElse(false))
                    .orElse(false), "the sleep runs under sshd, not under jplay");
            new ProcessBuilder("kill", "-INT", Long.toString(jplay.pid())).start().waitFor();
            assertTrue(jplay.waitFor(30, TimeUnit.SECONDS), "jplay ends after SIGINT");
            String out = Files.readString(work.resolve("out"), StandardCharsets.UTF_8);
            String err = Files.readString(work.resolve("err"), StandardCharsets.UTF_8);
            assertEquals(99, jplay.exitValue(), out + err);
            assertTrue(err.startsWith(" [ERROR]: User interrupted execution\n"), err);
            assertTrue(err.matches("(?s).*\n  asyncer: j\\d+\\.\\d+ .*"), err);
            assertFalse(out.contains("syncer"), "no result of the stopped command is shown: " + out);
            if (SSHD.isOpenSsh()) {
                // OpenSSH's sshd signals the command's process group on a "signal" request (not for
                // root), and jplay's second channel kills the reported process group; the embedded
                // stand-in server (no sshd installed) does neither
                Await.until("the synchronous sleep gone on the target", Duration.ofSeconds(10),
                        () -> ProcessHandle.of(stopped).map(p -> !p.isAlive()).orElse(true));
            } else {
                ProcessHandle.of(syncPid).ifPresent(ProcessHandle::destroyForcibly);
            }
            assertTrue(ProcessHandle.of(asyncPid).map(ProcessHandle::isAlive).orElse(false),
                    "the async job keeps running");
        } finally {
            jplay.destroyForcibly();
            // a failed run must not leave its sleep behind to be found by the next one
            for (long pid : new long[] {syncPid, asyncPid}) {
                if (pid > 0) {
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }

    private static Optional<Long> sleepPid(String seconds) {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/sleep")
                && p.info().arguments().map(a -> a.length == 1 && a[0].equals(seconds)).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }
}
