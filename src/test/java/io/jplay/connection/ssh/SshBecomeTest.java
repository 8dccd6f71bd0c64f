package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.Become;
import io.jplay.connection.BecomeException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.testing.SshdServer;
import io.jplay.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Become over SSH as the non-root test user (see .ci/test-host-setup.sh). */
@Tag("ssh")
class SshBecomeTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    private SshjConnection connection;

    @BeforeEach
    void connectAsTestUser() {
        assumeTrue(SSHD.isOpenSsh() && TestUsers.nonRoot().isPresent(), "needs OpenSSH, root and the test user");
        connection = new SshjConnection(SSHD.target("h", TestUsers.NAME), SSHD.sshOptions(), new HandshakeThrottle(8));
    }

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void sudoWithoutPasswordRunsAsRootWithStdin() throws Exception {
        ExecResult result = connection.exec(ExecRequest.of("id -un; cat")
                .withStdin("payload".getBytes(StandardCharsets.UTF_8))
                .withBecome(new Become("sudo", "root", null, null)));
        assertEquals(0, result.rc(), result.stderrText());
        assertEquals("root\npayload", result.stdoutText());
    }

    @Test
    void sudoWithPasswordAnswersThePromptThenPassesStdin() throws Exception {
        ExecResult result = connection.exec(ExecRequest.of("id -un; cat")
                .withStdin("line1\nline2\n".getBytes(StandardCharsets.UTF_8))
                .withBecome(new Become("sudo", TestUsers.PASSWORD_SUDO_TARGET, null, TestUsers.PASSWORD)));
        assertEquals(0, result.rc(), result.stderrText());
        assertEquals(TestUsers.PASSWORD_SUDO_TARGET + "\nline1\nline2\n", result.stdoutText());
        assertEquals("", result.stderrText());
    }

    @Test
    void wrongSudoPasswordFailsFast() {
        long start = System.nanoTime();
        BecomeException e = assertThrows(BecomeException.class, () -> connection.exec(ExecRequest.of("id")
                .withStdin("more\ninput\n".getBytes(StandardCharsets.UTF_8))
                .withBecome(new Become("sudo", TestUsers.PASSWORD_SUDO_TARGET, null, "not-the-password"))));
        assertEquals("Incorrect sudo password", e.getMessage());
        assertTrue(System.nanoTime() - start < 8_000_000_000L, "took too long");
    }

    @Test
    void sudoNeedingAPasswordWithoutOneSaysMissing() {
        BecomeException e = assertThrows(BecomeException.class, () -> connection.exec(ExecRequest.of("id")
                .withBecome(new Become("sudo", TestUsers.PASSWORD_SUDO_TARGET, null, null))));
        assertEquals("Missing sudo password", e.getMessage());
    }

    @Test
    void suAnswersItsPromptOnATerminal() throws Exception {
        ExecResult result = connection.exec(ExecRequest.of("id -un; exit 4")
                .withBecome(new Become("su", TestUsers.NAME, null, TestUsers.PASSWORD)));
        assertEquals(4, result.rc(), result.stdoutText());
        assertEquals(TestUsers.NAME, result.stdoutText().strip());
    }
}
