package io.jplay.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs an inventory script in the run's working directory and collects what it printed. */
final class ScriptRunner {
    private static final Pattern ERRNO = Pattern.compile("error=(\\d+), (.*)$");
    private final Path cwd;

    /** What a run of the script gave. */
    record Output(int exitCode, byte[] stdout, String stderr) {

        /** The standard output as strict UTF-8; else an error starting with {@code prefix}, as Python's codec. */
        String utf8Stdout(String prefix) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(stdout)).toString();
            } catch (MalformedInputException e) {
                int at = firstBad();
                throw new InventoryException(prefix + "'utf-8' codec can't decode byte 0x"
                        + String.format("%02x", stdout[at] & 0xff) + " in position " + at + ": invalid start byte");
            } catch (CharacterCodingException e) {
                throw new InventoryException(prefix + e.getMessage());
            }
        }

        private int firstBad() {
            for (int i = 1; i <= stdout.length; i++) {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(stdout, 0, i));
                } catch (CharacterCodingException e) {
                    return i - 1;
                }
            }
            return 0;
        }
    }

    ScriptRunner(Path cwd) {
        this.cwd = cwd;
    }

    /** Whether the file starts with {@code #!}. */
    static boolean hasShebang(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] two = in.readNBytes(2);
            return two.length == 2 && two[0] == '#' && two[1] == '!';
        } catch (IOException e) {
            return false;
        }
    }

    Output run(List<String> command) {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(cwd.toFile()).start();
        } catch (IOException e) {
            throw new InventoryException("problem running " + String.join(" ", command) + " (" + osError(e, command.get(0))
                    + ")", e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            int code = p.waitFor();
            return new Output(code, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InventoryException("problem running " + String.join(" ", command) + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InventoryException("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Python's OSError text for a failed exec ({@code [Errno 13] Permission denied: '/x'}). */
    private static String osError(IOException e, String file) {
        Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
        return m.find() ? "[Errno " + m.group(1) + "] " + m.group(2) + ": '" + file + "'" : String.valueOf(e.getMessage());
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
