package io.jplay.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputBufferTest {
    @TempDir
    Path spillDir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void outputWithinTheLimitIsKeptWholeAndNothingIsWrittenToDisk() throws Exception {
        OutputBuffer buffer = new OutputBuffer(new OutputLimit(10, spillDir), "stdout");
        buffer.write(bytes("0123456789"), 0, 10);
        assertArrayEquals(bytes("0123456789"), buffer.bytes());
        assertNull(buffer.spillFile());
        try (var files = Files.list(spillDir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void longerOutputKeepsItsFirstPartAndTheWholeStreamGoesToAPrivateFile() throws Exception {
        OutputBuffer buffer = new OutputBuffer(new OutputLimit(10, spillDir), "stdout");
        byte[] line = bytes("abcdefg\n");
        for (int i = 0; i < 1000; i++) {
            buffer.write(line, 0, line.length);
        }
        String text = new String(buffer.bytes(), StandardCharsets.UTF_8);
        Path file = buffer.spillFile();
        assertEquals("abcdefg\nab\n[jplay: stdout was 8000 bytes, more than output_max_bytes (10); the first 10 are"
                + " shown, all of it is in " + file + "]", text);
        assertEquals("abcdefg\n".repeat(1000), Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theFirstChunkPastTheLimitIsSplitBetweenMemoryAndTheFile() throws Exception {
        OutputBuffer buffer = new OutputBuffer(new OutputLimit(5, spillDir), "stderr");
        buffer.write(bytes("xx012"), 2, 3);
        buffer.write(bytes("3456789"), 0, 7);
        String text = new String(buffer.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("01234\n[jplay: stderr was 10 bytes"), text);
        assertEquals("0123456789", Files.readString(buffer.spillFile()));
        assertTrue(buffer.spillFile().getFileName().toString().endsWith(".stderr"));
    }

    @Test
    void aCutNeverSplitsAUtf8Character() {
        OutputBuffer buffer = new OutputBuffer(new OutputLimit(4, null), "stdout");
        byte[] text = bytes("ab✓✓✓");
        buffer.write(text, 0, text.length);
        assertTrue(new String(buffer.bytes(), StandardCharsets.UTF_8).startsWith("ab\n[jplay: stdout was 11 bytes"));
    }

    @Test
    void withoutASpillDirectoryTheRestIsDroppedAndTheNoteSaysSo() {
        OutputBuffer buffer = new OutputBuffer(new OutputLimit(3, null), "stdout");
        buffer.write(bytes("abcdef"), 0, 6);
        assertEquals("abc\n[jplay: stdout was 6 bytes, more than output_max_bytes (3); the first 3 are shown, the rest"
                + " was dropped]", new String(buffer.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnwritableSpillDirectoryDropsTheRestWithTheReason() {
        OutputBuffer buffer = new OutputBuffer(new OutputLimit(3, spillDir.resolve("missing")), "stdout");
        buffer.write(bytes("abcdef"), 0, 6);
        String text = new String(buffer.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("the rest was dropped (could not write " + spillDir.resolve("missing")), text);
    }

    @Test
    void unboundedBuffersKeepEverything() {
        OutputBuffer buffer = OutputBuffer.whole();
        byte[] big = new byte[200_000];
        buffer.write(big, 0, big.length);
        buffer.write(big, 0, big.length);
        assertEquals(400_000, buffer.bytes().length);
    }

    @Test
    void aLocalCommandAskingForBoundedOutputIsCutWhileOthersAreKeptWhole() throws Exception {
        LocalConnection local = new LocalConnection(null, new OutputLimit(1000, spillDir));
        String command = "head -c 5000 /dev/zero | tr '\\0' x; head -c 3000 /dev/zero | tr '\\0' y >&2";
        ExecResult bounded = local.exec(ExecRequest.of(command).withBoundedOutput());
        assertTrue(bounded.stdoutText().startsWith("x".repeat(1000) + "\n[jplay: stdout was 5000 bytes"));
        assertTrue(bounded.stderrText().startsWith("y".repeat(1000) + "\n[jplay: stderr was 3000 bytes"));
        ExecResult whole = local.exec(new ExecRequest(command, null, Map.of(), null));
        assertEquals(5000, whole.stdout().length);
        assertEquals(3000, whole.stderr().length);
    }
}
