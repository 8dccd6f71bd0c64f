package io.jplay.connection;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Drains a long-running command's standard error on a daemon thread, so the command never blocks on
 * a full pipe or window, and keeps its last {@link #LIMIT} bytes for messages.
 */
public final class StderrTail {
    /** How many bytes of standard error are kept. */
    public static final int LIMIT = 64 * 1024;

    private byte[] kept = new byte[0];

    /** Starts draining {@code in} on a daemon thread named {@code name}. */
    public static StderrTail drain(InputStream in, String name) {
        StderrTail tail = new StderrTail();
        Thread thread = new Thread(() -> tail.copy(in), name);
        thread.setDaemon(true);
        thread.start();
        return tail;
    }

    private void copy(InputStream in) {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                append(chunk, n);
            }
        } catch (IOException e) {
            // the command's channel closed; what was read is its stderr
        }
    }

    private synchronized void append(byte[] chunk, int n) {
        byte[] joined = Arrays.copyOf(kept, kept.length + n);
        System.arraycopy(chunk, 0, joined, kept.length, n);
        kept = joined.length <= LIMIT ? joined : Arrays.copyOfRange(joined, joined.length - LIMIT, joined.length);
    }

    /** The bytes kept so far, decoded as command output is. */
    public synchronized String text() {
        return io.jplay.python.PyBytes.decodeUtf8(kept);
    }
}
