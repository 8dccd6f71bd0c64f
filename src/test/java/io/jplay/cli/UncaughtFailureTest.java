package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A thread that dies of an error (sshj's reader out of memory) shows one line, never a Java stack trace. */
class UncaughtFailureTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Jplay jplay = new Jplay(Map.of(), Path.of("."), new Terminal(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, 0, null));

    private static Thread dyingThread(Error failure, Jplay jplay) throws InterruptedException {
        Thread thread = new Thread(() -> {
            throw failure;
        }, "sshj-Reader-test");
        thread.setUncaughtExceptionHandler(jplay::uncaught);
        thread.start();
        thread.join();
        return thread;
    }

    @Test
    void aReaderThreadOutOfMemoryPrintsOneLineOnceWithoutATrace() throws Exception {
        dyingThread(new OutOfMemoryError("Java heap space"), jplay);
        dyingThread(new OutOfMemoryError("Java heap space"), jplay);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals("ERROR! Unexpected Exception, this is probably a bug: out of memory (Java heap space)\n", text);
    }

    @Test
    void atVeryVerboseTheThreadAndTheTraceAreShown() throws Exception {
        // -vvv is known once the command line has been read
        jplay.execute("-vvv", "--version");
        err.reset();
        dyingThread(new OutOfMemoryError("Java heap space"), jplay);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("ERROR! Unexpected Exception, this is probably a bug: out of memory (Java heap space)\n"
                + "(in thread sshj-Reader-test)\njava.lang.OutOfMemoryError: Java heap space\n\tat "), text);
    }
}
