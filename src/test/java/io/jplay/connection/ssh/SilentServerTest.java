package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hosts that accept TCP and then say nothing: before this, sshj's identification read had no limit and
 * the run hung forever. The connection timeout now bounds every step of opening a connection; the
 * preemptive limits here only keep a regression from hanging the suite.
 */
@Tag("ssh")
class SilentServerTest {
    private final List<Socket> accepted = new ArrayList<>();
    private ServerSocket server;

    @AfterEach
    void stop() throws IOException {
        for (Socket s : accepted) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Accepts connections on loopback; sends {@code greeting} (may be empty) and then nothing. */
    private int silentServer(String greeting) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    accepted.add(s);
                    s.getOutputStream().write(greeting.getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                }
            } catch (IOException e) {
                // closed by the test
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return server.getLocalPort();
    }

    private static String failure(int port) {
        ConnectionTarget target = new ConnectionTarget("silent", "ssh", "127.0.0.1", port, "nobody", null, null,
                List.of("-o", "StrictHostKeyChecking=no"), false, Duration.ofSeconds(1), null);
        SshOptions options = SshOptions.fromEnvironment(java.util.Map.of(), PassphraseProvider.NONE);
        try (SshjConnection connection = new SshjConnection(target, options, new HandshakeThrottle(8))) {
            return assertThrows(ConnectionException.class, () -> connection.exec(ExecRequest.of("true"))).getMessage();
        }
    }

    @Test
    void hostThatNeverSendsABannerIsUnreachableAfterTheTimeout() throws Exception {
        int port = silentServer("");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> failure(port));
        assertEquals("Failed to connect to the host via ssh: Connection timed out during banner exchange\r\n"
                + "Connection to 127.0.0.1 port " + port + " timed out", message);
    }

    @Test
    void hostSilentAfterItsBannerIsUnreachableAfterTheTimeout() throws Exception {
        int port = silentServer("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> failure(port));
        assertEquals("Failed to connect to the host via ssh: Connection timed out during key exchange\r\n"
                + "Connection to 127.0.0.1 port " + port + " timed out", message);
    }
}
