package io.jplay.connection.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads one channel stream to its end on its own thread, keeping every byte. Waiters on {@code monitor}
 * are woken after each chunk and at the end, so a become dialog can watch the output as it arrives.
 */
final class StreamCollector {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Object monitor;
    private final Thread thread;
    private boolean finished;

    StreamCollector(InputStream in, Object monitor, String name) {
        this.monitor = monitor;
        this.thread = new Thread(() -> drain(in), name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void drain(InputStream in) {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                synchronized (monitor) {
                    buffer.write(chunk, 0, n);
                    monitor.notifyAll();
                }
            }
        } catch (IOException e) {
            // the channel closed under us; what was read so far is the output
        } finally {
            synchronized (monitor) {
                finished = true;
                monitor.notifyAll();
            }
        }
    }

    /** The text so far; call while holding {@code monitor}. */
    String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Whether the stream reached its end; call while holding {@code monitor}. */
    boolean finished() {
        return finished;
    }

    byte[] await() throws InterruptedException {
        thread.join();
        synchronized (monitor) {
            return buffer.toByteArray();
        }
    }
}
