package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.testing.SshdServer;
import io.jplay.testing.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run closes its SSH connections when it ends. Besides being tidy towards sshd, this is what lets
 * the JVM exit at once: on exit it waits up to 0.3 s for threads blocked in native code, and each
 * open connection's reader thread sits in a socket read.
 */
@Tag("ssh")
class SshConnectionsClosedTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    @Test
    void noReaderThreadOfTheRunOutlivesIt(@TempDir Path work) throws Exception {
        String user = TestUsers.nonRoot().orElse(SSHD.user());
        Files.writeString(work.resolve("hosts"), String.format("a ansible_host=127.0.0.1 ansible_port=%d "
                + "ansible_user=%s ansible_ssh_private_key_file=%s%n", SSHD.port(), user, SSHD.clientKey()));
        Files.writeString(work.resolve("p.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - command: "true"
                """);
        JplayRun result = JplayRun.run(work, Map.of("ANSIBLE_HOST_KEY_CHECKING", "False"), "-i", "hosts", "p.yml");
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
        // sshj names each connection's reader thread after the server's address and port
        String marker = ":" + SSHD.port();
        for (Thread t : readers(marker)) {
            t.join(2000);
        }
        assertEquals(List.of(), readers(marker).stream().map(Thread::getName).toList());
    }

    private static List<Thread> readers(String marker) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("sshj-Reader") && t.getName().contains(marker))
                .toList();
    }
}
