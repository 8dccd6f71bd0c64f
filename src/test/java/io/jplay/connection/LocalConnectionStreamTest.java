package io.jplay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LocalConnection#open}: a command the caller talks to, its environment, what is not streamed. */
class LocalConnectionStreamTest {

    @Test
    void aStreamedCommandAnswersEachLineAsItComesAndEndsWhenClosed() throws Exception {
        try (LocalConnection connection = new LocalConnection("/bin/sh")) {
            ExecStream stream = connection.open(new ExecRequest("echo \"$GREETING\"; while read l; do echo \"<$l>\"; done",
                    null, Map.of("GREETING", "hi there"), null)).orElseThrow();
            BufferedReader out = new BufferedReader(new InputStreamReader(stream.stdout(), StandardCharsets.UTF_8));
            assertEquals("hi there", out.readLine());
            for (String word : new String[] {"one", "two"}) {
                stream.stdin().write((word + "\n").getBytes(StandardCharsets.UTF_8));
                stream.stdin().flush();
                assertEquals("<" + word + ">", out.readLine());
            }
            connection.close();
            assertTrue(ended(out), "closing the connection ends its streams");
        }
    }

    /** Whether the stream is at its end (or closed under the reader, as a killed process's may be). */
    private static boolean ended(BufferedReader out) {
        try {
            return out.readLine() == null;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    @Test
    void stderrIsKeptForMessages() throws Exception {
        try (LocalConnection connection = new LocalConnection("/bin/sh")) {
            ExecStream stream = connection.open(ExecRequest.of("echo oops >&2")).orElseThrow();
            assertEquals(-1, stream.stdout().read());
            for (int i = 0; i < 100 && stream.stderrText().isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertEquals("oops\n", stream.stderrText());
            stream.close();
        }
    }

    @Test
    void becomeWithAPasswordOrSuIsNotStreamed() throws Exception {
        try (LocalConnection connection = new LocalConnection("/bin/sh")) {
            assertTrue(connection.open(ExecRequest.of("true").withBecome(new Become("su", "root", null, null))).isEmpty());
            assertTrue(connection.open(ExecRequest.of("true").withBecome(new Become("sudo", "root", null, "pw")))
                    .isEmpty());
        }
    }
}
