package io.jplay.module.python;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;

/**
 * One frame a {@link ModuleRunner} answers with (see {@code runner.py}): {@code READY}, {@code S}
 * (the module started), {@code D} (done: exit status, stdout, stderr), {@code E} (a request it cannot
 * serve: the message as {@code stdout}), or {@code END} when its output ended.
 *
 * @param kind the frame's kind
 * @param number the exit status of a {@code D} frame, else 0
 * @param stdout a {@code D} frame's stdout, an {@code E} frame's message, else empty
 * @param stderr a {@code D} frame's stderr, else empty
 */
record RunnerFrame(String kind, int number, byte[] stdout, byte[] stderr) {
    private static final byte[] NONE = new byte[0];
    private static final int MAX_HEADER = 256;

    /** Reads frames from a runner's stdout into {@code frames} until it ends, then adds an {@code END} frame. */
    static void readAll(InputStream stdout, BlockingQueue<RunnerFrame> frames) {
        try (InputStream in = new BufferedInputStream(stdout, 65536)) {
            while (true) {
                String[] words = header(in);
                if (words == null) {
                    break;
                }
                frames.add(switch (words[0]) {
                    case "D" -> new RunnerFrame("D", Integer.parseInt(words[1]),
                            exactly(in, words[2]), exactly(in, words[3]));
                    case "E" -> new RunnerFrame("E", 0, exactly(in, words[1]), NONE);
                    case "READY", "S" -> new RunnerFrame(words[0], 0, NONE, NONE);
                    default -> throw new IOException("unexpected frame " + words[0]);
                });
            }
        } catch (IOException | RuntimeException e) {
            // a closed channel or a garbled frame: either way this runner is done
        }
        frames.add(new RunnerFrame("END", 0, NONE, NONE));
    }

    private static byte[] exactly(InputStream in, String length) throws IOException {
        int n = Integer.parseInt(length);
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new EOFException("frame cut short");
        }
        return bytes;
    }

    /** The words of the next header line, or {@code null} at the end of the stream. */
    private static String[] header(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("frame header cut short");
            }
            if (line.size() >= MAX_HEADER) {
                throw new IOException("frame header too long");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).split(" ");
    }
}
