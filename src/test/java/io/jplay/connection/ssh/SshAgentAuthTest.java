package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.testing.SshdServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logging in with keys held by a real ssh-agent: the target names no key file and the ssh directory
 * holds no {@code id_*} keys, so only the agent can sign.
 */
@Tag("ssh")
class SshAgentAuthTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    /** Accepts only SHA-256 RSA signatures, so the client must fall back from rsa-sha2-512. */
    @RegisterExtension
    static final SshdServer SHA256_ONLY = SshdServer.create()
            .withConfig("PubkeyAcceptedAlgorithms rsa-sha2-256,ssh-ed25519,ecdsa-sha2-nistp256");

    private static final PassphraseProvider NEVER_ASKED = key -> fail("asked for the passphrase of " + key);

    @TempDir
    Path dir;

    @BeforeEach
    void needsAgent() {
        assumeTrue(AgentProcess.available(), "ssh-agent and ssh-add are not installed");
    }

    private static ConnectionTarget noKeyTarget(SshdServer server, List<String> sshArgs) {
        return new ConnectionTarget("h", "ssh", server.host(), server.port(), server.user(), null, null, sshArgs,
                true, Duration.ofSeconds(10), null);
    }

    private static SshOptions options(SshdServer server, AgentProcess agent, PassphraseProvider passphrases) {
        SshOptions base = server.sshOptions();
        return new SshOptions(base.sshDirectory(), base.localUser(), passphrases, agent.socket(), 10, 4, 8, null);
    }

    private static ExecResult exec(ConnectionTarget target, SshOptions options) throws ConnectionException {
        try (SshjConnection connection = new SshjConnection(target, options, new HandshakeThrottle(8))) {
            return connection.exec(ExecRequest.of("echo via-agent"));
        }
    }

    @Test
    void harnessKeyInTheAgentLogsIn() throws Exception {
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(SSHD.clientKey(), null);
            ExecResult result = exec(noKeyTarget(SSHD, List.of()), options(SSHD, agent, NEVER_ASKED));
            assertEquals(0, result.rc());
            assertEquals("via-agent\n", result.stdoutText());
        }
    }

    @Test
    void ed25519KeyFromTheAgentLogsIn() throws Exception {
        Path key = AgentProcess.keygen(dir.resolve("ed"), "ed25519", "");
        SSHD.authorizeKey(Path.of(key + ".pub"));
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(key, null);
            assertEquals("via-agent\n", exec(noKeyTarget(SSHD, List.of()), options(SSHD, agent, NEVER_ASKED)).stdoutText());
        }
    }

    @Test
    void rsaKeyFromTheAgentLogsIn() throws Exception {
        Path key = AgentProcess.keygen(dir.resolve("rsa"), "rsa", "");
        SSHD.authorizeKey(Path.of(key + ".pub"));
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(key, null);
            assertEquals("via-agent\n", exec(noKeyTarget(SSHD, List.of()), options(SSHD, agent, NEVER_ASKED)).stdoutText());
        }
    }

    @Test
    void rsaKeyFallsBackToSha256WhenTheServerWantsIt() throws Exception {
        assumeTrue(SHA256_ONLY.isOpenSsh(), "PubkeyAcceptedAlgorithms needs OpenSSH's sshd");
        Path key = AgentProcess.keygen(dir.resolve("rsa"), "rsa", "");
        SHA256_ONLY.authorizeKey(Path.of(key + ".pub"));
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(key, null);
            assertEquals("via-agent\n", exec(noKeyTarget(SHA256_ONLY, List.of()),
                    options(SHA256_ONLY, agent, NEVER_ASKED)).stdoutText());
        }
    }

    @Test
    void agentWithoutKeysIsPermissionDenied() throws Exception {
        try (AgentProcess agent = AgentProcess.start(dir)) {
            ConnectionException e = assertThrows(ConnectionException.class,
                    () -> exec(noKeyTarget(SSHD, List.of()), options(SSHD, agent, NEVER_ASKED)));
            assertTrue(e.getMessage().startsWith("Failed to connect to the host via ssh: " + SSHD.user()
                    + "@127.0.0.1: Permission denied (publickey"), e.getMessage());
        }
    }

    @Test
    void agentHoldingOnlyUnauthorizedKeysIsPermissionDenied() throws Exception {
        Path stranger = AgentProcess.keygen(dir.resolve("stranger"), "ed25519", "");
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(stranger, null);
            assertThrows(ConnectionException.class,
                    () -> exec(noKeyTarget(SSHD, List.of()), options(SSHD, agent, NEVER_ASKED)));
        }
    }

    @Test
    void identityAgentNoneIgnoresTheAgent() throws Exception {
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(SSHD.clientKey(), null);
            assertThrows(ConnectionException.class, () -> exec(noKeyTarget(SSHD, List.of("-o", "IdentityAgent=none")),
                    options(SSHD, agent, NEVER_ASKED)));
        }
    }

    @Test
    void identitiesOnlyIgnoresAgentKeysOfOtherFiles() throws Exception {
        Path other = AgentProcess.keygen(dir.resolve("other"), "ed25519", "");
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(SSHD.clientKey(), null);
            ConnectionTarget target = new ConnectionTarget("h", "ssh", SSHD.host(), SSHD.port(), SSHD.user(), null,
                    other.toString(), List.of("-o", "IdentitiesOnly=yes"), true, Duration.ofSeconds(10), null);
            assertThrows(ConnectionException.class, () -> exec(target, options(SSHD, agent, NEVER_ASKED)));
            ConnectionTarget withoutOnly = new ConnectionTarget("h", "ssh", SSHD.host(), SSHD.port(), SSHD.user(),
                    null, other.toString(), List.of(), true, Duration.ofSeconds(10), null);
            assertEquals(0, exec(withoutOnly, options(SSHD, agent, NEVER_ASKED)).rc());
        }
    }

    @Test
    void encryptedIdentityFileHeldByTheAgentNeedsNoPassphrase() throws Exception {
        Path key = AgentProcess.keygen(dir.resolve("locked"), "ed25519", "secret");
        SSHD.authorizeKey(Path.of(key + ".pub"));
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(key, "secret");
            ConnectionTarget target = new ConnectionTarget("h", "ssh", SSHD.host(), SSHD.port(), SSHD.user(), null,
                    key.toString(), List.of(), true, Duration.ofSeconds(10), null);
            AtomicInteger asked = new AtomicInteger();
            assertEquals("via-agent\n", exec(target, options(SSHD, agent, file -> {
                asked.incrementAndGet();
                return null;
            })).stdoutText());
            assertEquals(0, asked.get(), "the passphrase prompt should not be needed");
        }
    }
}
