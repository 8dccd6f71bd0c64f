package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.testing.SshdServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With more SSH targets than {@code openTargets}, the least recently used target's connection is
 * closed (its reader thread ends, its socket closes) and opened again on its next use.
 */
@Tag("ssh")
class OpenTargetsLimitTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create().withConfig("ListenAddress 127.0.0.2", "ListenAddress 127.0.0.3");

    private static ConnectionTarget target(int n) {
        return new ConnectionTarget("h" + n, "ssh", "127.0.0." + n, SSHD.port(), SSHD.user(), null,
                SSHD.clientKey().toString(), List.of(), false, Duration.ofSeconds(10), null);
    }

    private static List<String> readers(String address) throws InterruptedException {
        String marker = address + ":" + SSHD.port();
        for (int i = 0; i < 40; i++) {
            List<String> names = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && t.getName().startsWith("sshj-Reader") && t.getName().contains(marker))
                    .map(Thread::getName).toList();
            if (names.isEmpty()) {
                return names;
            }
            Thread.sleep(50);
        }
        return List.of(marker + " still has a reader");
    }

    @Test
    void theLeastRecentlyUsedTargetIsClosedAndReconnectsOnItsNextUse() throws Exception {
        assumeTrue(SSHD.isOpenSsh(), "needs OpenSSH's ListenAddress");
        try (TransportFactory factory = new TransportFactory(SSHD.sshOptions(), new SshClientConfig(), 2)) {
            SshjConnection one = (SshjConnection) factory.connect(target(1));
            assertEquals("1", one.exec(ExecRequest.of("echo 1")).stdoutText().strip());
            factory.connect(target(2)).exec(ExecRequest.of("true"));
            factory.connect(target(3)).exec(ExecRequest.of("true"));
            assertEquals(List.of(), readers("127.0.0.1"), "the oldest target's connection is closed");
            assertEquals(1, one.transportsOpened());
            SshjConnection again = (SshjConnection) factory.connect(target(1));
            assertEquals("1", again.exec(ExecRequest.of("echo 1")).stdoutText().strip());
            assertEquals(2, again.transportsOpened(), "it connects again on its next use");
            assertEquals(List.of(), readers("127.0.0.2"), "now the second is the oldest");
        }
    }
}
