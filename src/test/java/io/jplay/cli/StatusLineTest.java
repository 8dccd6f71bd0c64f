package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    private static final String ERASE = "\r\u001b[K";
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StatusLine line = new StatusLine(screen, 40);
    private final PrintStream out = new PrintStream(line.guard(screen, false), true, StandardCharsets.UTF_8);

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLineIsErasedBeforeEachNormalLineAndAtTheEnd() {
        out.println("TASK [x] ***");
        line.show("async: 0/2 hosts done, 2 running, longest 0 s");
        out.println("ok: [h1]");
        line.show("async: 1/2 hosts done, 1 running, longest 1 s");
        line.close();
        assertEquals("TASK [x] ***\nasync: 0/2 hosts done, 2 running, longe" + ERASE + "ok: [h1]\n"
                + "async: 1/2 hosts done, 1 running, longe" + ERASE, screen());
        assertEquals("TASK [x] ***\nok: [h1]\n", screen().replaceAll("[^\n]*\r\u001b\\[K", ""),
                "without the live line the output is what it would be");
    }

    @Test
    void aHalfWrittenLineIsNeverOverwritten() {
        out.print("Password: ");
        line.show("async: 0/1 host done, 1 running, longest 3 s");
        assertEquals("Password: ", screen());
        out.println();
        line.show("async: 0/1 host done, 1 running, longest 3 s");
        assertEquals("Password: \nasync: 0/1 host done, 1 running, longes", screen());
    }

    @Test
    void anUnchangedTextIsNotRedrawnAndAnEmptyOneErases() {
        line.show("async: 0/1 host done, 1 running, longest 3 s");
        line.show("async: 0/1 host done, 1 running, longest 3 s");
        line.show("");
        line.show("");
        assertEquals("async: 0/1 host done, 1 running, longes" + ERASE, screen());
    }

    @Test
    void stderrWritesEraseTheLineToo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(line.guard(err, true), true, StandardCharsets.UTF_8);
        line.show("async: 0/1 host done, 1 running, longest 3 s");
        errStream.println("[WARNING]: w");
        assertEquals("async: 0/1 host done, 1 running, longes" + ERASE, screen());
        assertEquals("[WARNING]: w\n", err.toString(StandardCharsets.UTF_8));
        assertFalse(screen().endsWith("s"));
    }

    @Test
    void theTextNamesDoneAndRunningHostsAndTheOldestJob() {
        assertEquals("", AsyncProgressLine.text(new io.jplay.async.ActiveJobs.Progress(4, 0, 0)));
        assertEquals("async: 17/20 hosts done, 3 running, longest 12 s",
                AsyncProgressLine.text(new io.jplay.async.ActiveJobs.Progress(17, 3, 12)));
        assertEquals("async: 0/1 host done, 1 running, longest 0 s",
                AsyncProgressLine.text(new io.jplay.async.ActiveJobs.Progress(0, 1, 0)));
    }
}
