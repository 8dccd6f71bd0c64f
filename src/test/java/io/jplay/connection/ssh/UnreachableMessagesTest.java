package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class UnreachableMessagesTest {
    @Test
    void lostKeepalivesAreOpenSshsServerNotResponding() {
        Exception e = new IOException("wrapped", new net.schmizz.sshj.connection.ConnectionException(
                "Did not receive any keep-alive response for 5 seconds"));
        assertEquals("Data could not be sent to remote host \"10.0.0.2\". Make sure this host can be reached over ssh: "
                + "Timeout, server 10.0.0.2 not responding.", UnreachableMessages.dataNotSent("10.0.0.2", e));
    }

    @Test
    void otherBreaksKeepTheirReason() {
        assertEquals("Data could not be sent to remote host \"h\". Make sure this host can be reached over ssh: "
                + "Broken pipe", UnreachableMessages.dataNotSent("h", new IOException("Broken pipe")));
    }

    @Test
    void aConnectThatTimedOutIsOpenSshsConnectTimeout() {
        SshSettings settings = new SshSettingsResolver(java.nio.file.Path.of("/nonexistent"), "u").resolve(
                new io.jplay.connection.ConnectionTarget("h", "ssh", "10.0.0.2", 2222, "u", null, null,
                        java.util.List.of(), false, java.time.Duration.ofSeconds(3), null));
        assertEquals("Failed to connect to the host via ssh: ssh: connect to host 10.0.0.2 port 2222: Connection timed out",
                UnreachableMessages.handshakeTimeout(settings, HandshakeDeadline.Step.CONNECT));
    }
}
