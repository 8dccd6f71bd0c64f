package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.testing.SshdServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted private key (ssh-keygen -N secret) authorized on the test sshd. */
@Tag("ssh")
class SshPassphraseTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    @TempDir
    static Path dir;

    static Path lockedKey;

    @BeforeAll
    static void encryptedKey() throws Exception {
        lockedKey = AgentProcess.keygen(dir.resolve("locked_ed25519"), "ed25519", "secret");
        SSHD.authorizeKey(Path.of(lockedKey + ".pub"));
    }

    private static ConnectionTarget target() {
        return new ConnectionTarget("h", "ssh", SSHD.host(), SSHD.port(), SSHD.user(), null, lockedKey.toString(),
                List.of(), true, Duration.ofSeconds(10), null);
    }

    private static ExecResult exec(PassphraseProvider passphrases) throws ConnectionException {
        SshOptions options = new SshOptions(SSHD.sshDirectory(), SSHD.user(), passphrases, null, 10, 4, 8, null);
        try (SshjConnection connection = new SshjConnection(target(), options, new HandshakeThrottle(8))) {
            return connection.exec(ExecRequest.of("echo unlocked"));
        }
    }

    @Test
    void passphraseFromTheProviderUnlocksTheKey() throws Exception {
        List<Path> asked = new CopyOnWriteArrayList<>();
        ExecResult result = exec(key -> {
            asked.add(key);
            return "secret".toCharArray();
        });
        assertEquals("unlocked\n", result.stdoutText());
        assertEquals(List.of(lockedKey), asked, "asked once, for the encrypted key");
    }

    @Test
    void noPassphraseSkipsTheKey() {
        ConnectionException e = assertThrows(ConnectionException.class, () -> exec(PassphraseProvider.NONE));
        assertTrue(e.getMessage().contains("Permission denied (publickey"), e.getMessage());
    }

    @Test
    void wrongPassphraseSkipsTheKey() {
        List<Path> asked = new CopyOnWriteArrayList<>();
        ConnectionException e = assertThrows(ConnectionException.class, () -> exec(key -> {
            asked.add(key);
            return "wrong".toCharArray();
        }));
        assertTrue(e.getMessage().contains("Permission denied (publickey"), e.getMessage());
        assertEquals(List.of(lockedKey), asked);
    }
}
