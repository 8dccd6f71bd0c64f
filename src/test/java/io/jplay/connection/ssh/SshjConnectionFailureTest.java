package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.testing.SshdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@Tag("ssh")
class SshjConnectionFailureTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    private static String failure(ConnectionTarget target, SshOptions options) {
        try (SshjConnection connection = new SshjConnection(target, options, new HandshakeThrottle(8))) {
            return assertThrows(ConnectionException.class, () -> connection.exec(ExecRequest.of("true"))).getMessage();
        }
    }

    private static ConnectionTarget withAddress(ConnectionTarget t, String address, int port) {
        return new ConnectionTarget(t.inventoryName(), "ssh", address, port, t.user(), null, t.privateKeyFile(),
                t.sshArgs(), t.hostKeyChecking(), Duration.ofSeconds(5), null);
    }

    @Test
    void closedPortIsConnectionRefused() throws Exception {
        int port = freePort();
        assertEquals("Failed to connect to the host via ssh: ssh: connect to host 127.0.0.1 port " + port
                + ": Connection refused", failure(withAddress(SSHD.target("h"), "127.0.0.1", port), SSHD.sshOptions()));
    }

    @Test
    void unresolvableNameSaysSo() {
        assertEquals("Failed to connect to the host via ssh: ssh: Could not resolve hostname nosuch.invalid: "
                + "Name or service not known", failure(withAddress(SSHD.target("h"), "nosuch.invalid", 22), SSHD.sshOptions()));
    }

    @Test
    void unknownHostKeyFailsVerification(@TempDir Path sshDir) {
        assertEquals("Failed to connect to the host via ssh: Host key verification failed.",
                failure(SSHD.target("h"), SSHD.sshOptions().withSshDirectory(sshDir)));
    }

    @Test
    void unknownHostKeyIsAcceptedWhenCheckingIsOff(@TempDir Path sshDir) throws Exception {
        ConnectionTarget t = SSHD.target("h");
        ConnectionTarget unchecked = new ConnectionTarget("h", "ssh", t.address(), t.port(), t.user(), null,
                t.privateKeyFile(), List.of(), false, null, null);
        try (SshjConnection c = new SshjConnection(unchecked, SSHD.sshOptions().withSshDirectory(sshDir),
                new HandshakeThrottle(8))) {
            assertEquals(0, c.exec(ExecRequest.of("true")).rc());
        }
    }

    @Test
    void acceptNewRecordsTheKeyInUserKnownHostsFile(@TempDir Path sshDir) throws Exception {
        Path knownHosts = sshDir.resolve("kh");
        ConnectionTarget t = SSHD.target("h");
        ConnectionTarget acceptNew = new ConnectionTarget("h", "ssh", t.address(), t.port(), t.user(), null,
                t.privateKeyFile(), List.of("-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + knownHosts),
                true, null, null);
        try (SshjConnection c = new SshjConnection(acceptNew, SSHD.sshOptions().withSshDirectory(sshDir),
                new HandshakeThrottle(8))) {
            assertEquals(0, c.exec(ExecRequest.of("true")).rc());
        }
        assertTrue(Files.readString(knownHosts).contains(SSHD.hostPublicKey()));
    }

    @Test
    void changedHostKeyIsRefusedWithOpenSshWarning(@TempDir Path sshDir) throws Exception {
        String otherKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
        Files.writeString(sshDir.resolve("known_hosts"), "[127.0.0.1]:" + SSHD.port() + " " + otherKey + "\n");
        String message = failure(SSHD.target("h"), SSHD.sshOptions().withSshDirectory(sshDir));
        assertTrue(message.startsWith("Failed to connect to the host via ssh: @@@@"), message);
        assertTrue(message.contains("WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!"), message);
        assertTrue(message.contains("Offending ED25519 key in " + sshDir.resolve("known_hosts") + ":1"), message);
        assertTrue(message.endsWith("Host key verification failed."), message);
    }

    @Test
    void revokedHostKeyIsRefusedEvenWhenAnotherLineVouchesForIt(@TempDir Path sshDir) throws Exception {
        String name = "[127.0.0.1]:" + SSHD.port();
        Files.writeString(sshDir.resolve("known_hosts"), name + " " + SSHD.hostPublicKey() + "\n"
                + "@revoked * " + SSHD.hostPublicKey() + "\n");
        String message = failure(SSHD.target("h"), SSHD.sshOptions().withSshDirectory(sshDir));
        assertEquals("Failed to connect to the host via ssh: "
                + "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                + "@       WARNING: REVOKED HOST KEY DETECTED!               @\r\n"
                + "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                + "The ED25519 host key for " + name + " is marked as revoked.\r\n"
                + "This could mean that a stolen key is being used to\r\n"
                + "impersonate this host.\r\n"
                + "ED25519 host key for " + name + " was revoked and you have requested strict checking.\r\n"
                + "Host key verification failed.", message);
    }

    @Test
    void revocationForAnotherHostDoesNotApply(@TempDir Path sshDir) throws Exception {
        Files.writeString(sshDir.resolve("known_hosts"), "@revoked otherhost " + SSHD.hostPublicKey() + "\n"
                + "[127.0.0.1]:" + SSHD.port() + " " + SSHD.hostPublicKey() + "\n");
        try (SshjConnection c = new SshjConnection(SSHD.target("h"), SSHD.sshOptions().withSshDirectory(sshDir),
                new HandshakeThrottle(8))) {
            assertEquals(0, c.exec(ExecRequest.of("true")).rc());
        }
    }

    @Test
    void wrongKeyIsPermissionDenied(@TempDir Path dir) throws Exception {
        Path wrongKey = dir.resolve("wrong");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", wrongKey.toString())
                .redirectErrorStream(true).start();
        keygen.getInputStream().readAllBytes();
        assertEquals(0, keygen.waitFor());
        ConnectionTarget t = SSHD.target("h");
        ConnectionTarget wrong = new ConnectionTarget("h", "ssh", t.address(), t.port(), t.user(), null,
                wrongKey.toString(), List.of(), true, null, null);
        assertEquals("Failed to connect to the host via ssh: " + t.user() + "@127.0.0.1: Permission denied (publickey).",
                failure(wrong, SSHD.sshOptions()));
    }

    @Test
    void stoppedServerMakesTheNextCommandUnreachableAndResetReconnects() throws Exception {
        SshdServer own = SshdServer.create();
        own.start();
        try (SshjConnection c = new SshjConnection(own.target("h"), own.sshOptions(), new HandshakeThrottle(8))) {
            assertEquals(0, c.exec(ExecRequest.of("true")).rc());
            own.stop();
            ConnectionException e = assertThrows(ConnectionException.class, () -> c.exec(ExecRequest.of("true")));
            assertTrue(e.getMessage().startsWith("Failed to connect to the host via ssh:")
                    || e.getMessage().startsWith("Data could not be sent to remote host"), e.getMessage());
        } finally {
            own.afterAll(null);
        }
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
