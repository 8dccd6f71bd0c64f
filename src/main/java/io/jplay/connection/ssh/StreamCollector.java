package io.jplay.connection.ssh;

import io.jplay.connection.OutputBuffer;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one channel stream to its end into an {@link OutputBuffer} (every byte, or the first part and a
 * spill file when the request's output is bounded): on a thread of its own
 * ({@link #inBackground}) or on the caller's ({@link #drain()}). Waiters on {@code monitor} are woken
 * after each chunk and at the end, so a become dialog can watch the output as it arrives.
 */
final class StreamCollector {
    private final OutputBuffer buffer;
    private final InputStream in;
    private final Object monitor;
    private final PidReport pidReport;
    private Thread thread;
    private boolean finished;

    StreamCollector(InputStream in, Object monitor, OutputBuffer buffer) {
        this(in, monitor, buffer, null);
    }

    /** @param pidReport takes the command's pid line out of this stream, or {@code null} */
    StreamCollector(InputStream in, Object monitor, OutputBuffer buffer, PidReport pidReport) {
        this.in = in;
        this.monitor = monitor;
        this.buffer = buffer;
        this.pidReport = pidReport;
    }

    /** Starts draining on a new daemon thread. */
    StreamCollector inBackground(String name) {
        thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Drains on the calling thread, up to the end of the stream. */
    void drain() {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                byte[] kept = pidReport == null ? chunk : pidReport.accept(chunk, 0, n);
                synchronized (monitor) {
                    buffer.write(kept, 0, pidReport == null ? n : kept.length);
                    monitor.notifyAll();
                }
            }
        } catch (IOException e) {
            // the channel closed under us; what was read so far is the output
        } finally {
            synchronized (monitor) {
                if (pidReport != null) {
                    byte[] rest = pidReport.rest();
                    buffer.write(rest, 0, rest.length);
                }
                finished = true;
                monitor.notifyAll();
            }
        }
    }

    /** The text so far; call while holding {@code monitor}. */
    String text() {
        return buffer.text();
    }

    /** Whether the stream reached its end; call while holding {@code monitor}. */
    boolean finished() {
        return finished;
    }

    /** Everything read, once the stream has ended (after {@link #drain()}, or waiting for the thread). */
    byte[] await() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
        synchronized (monitor) {
            return buffer.bytes();
        }
    }
}
