package io.jplay.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One live line at the bottom of a terminal, below the normal output. Every normal write (to
 * stdout or stderr, through {@link #guard}) first erases the line, so the normal output is the
 * same bytes as without it, only interleaved with carriage-return-and-erase sequences that leave
 * nothing on the screen. The line is drawn only when both streams are at the start of a line (a
 * half-written line or a prompt is never overwritten), and cut to the terminal's width so that it
 * never wraps (a wrapped line could not be erased with one carriage return).
 */
final class StatusLine implements AutoCloseable {
    private static final byte[] ERASE = "\r\u001b[K".getBytes(StandardCharsets.US_ASCII);
    private final OutputStream screen;
    private final int width;
    private final Object lock = new Object();
    private final boolean[] midLine = new boolean[2];
    private String shown = "";

    /**
     * @param screen the terminal's raw stdout, where the line is drawn
     * @param width the terminal's columns
     */
    StatusLine(OutputStream screen, int width) {
        this.screen = screen;
        this.width = Math.max(width, 10);
    }

    /** A stream that writes to {@code target} and erases the live line before each write. */
    OutputStream guard(OutputStream target, boolean stderr) {
        int index = stderr ? 1 : 0;
        return new FilterOutputStream(target) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return;
                }
                synchronized (lock) {
                    eraseLocked();
                    out.write(b, off, len);
                    midLine[index] = b[off + len - 1] != '\n';
                }
            }

            @Override
            public void flush() throws IOException {
                synchronized (lock) {
                    out.flush();
                }
            }
        };
    }

    /** Shows {@code text} as the live line (an empty text erases it); skipped while a line is half written. */
    void show(String text) {
        synchronized (lock) {
            try {
                String cut = text.length() >= width ? text.substring(0, width - 1) : text;
                if (midLine[0] || midLine[1] || cut.equals(shown)) {
                    return;
                }
                eraseLocked();
                if (cut.isEmpty()) {
                    return;
                }
                screen.write(cut.getBytes(StandardCharsets.UTF_8));
                screen.flush();
                shown = cut;
            } catch (IOException e) {
                // the terminal went away; the normal output reports that if it matters
            }
        }
    }

    private void eraseLocked() throws IOException {
        if (!shown.isEmpty()) {
            screen.write(ERASE);
            screen.flush();
            shown = "";
        }
    }

    /** Erases the line for good (the end of the run). */
    @Override
    public void close() {
        synchronized (lock) {
            try {
                eraseLocked();
            } catch (IOException e) {
                // nothing is left to erase on a terminal that is gone
            }
        }
    }
}
