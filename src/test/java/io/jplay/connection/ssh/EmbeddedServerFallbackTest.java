package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.testing.SshdServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The MINA stand-in that the harness uses where OpenSSH's sshd is missing. */
@Tag("ssh")
class EmbeddedServerFallbackTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.embedded();

    @Test
    void embeddedServerRunsCommandsAndTransfersFiles(@TempDir Path tmp) throws Exception {
        assertFalse(SSHD.isOpenSsh());
        try (SshjConnection c = new SshjConnection(SSHD.target("m"), SSHD.sshOptions(), new HandshakeThrottle(8))) {
            ExecResult r = c.exec(ExecRequest.of("echo hi; echo oops >&2; exit 3"));
            assertEquals(3, r.rc());
            assertEquals("hi\n", r.stdoutText());
            assertEquals("oops\n", r.stderrText());
            c.put(new byte[] {1, 2, 3}, tmp.resolve("f").toString(), 0600);
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(tmp.resolve("f")));
        }
    }
}
