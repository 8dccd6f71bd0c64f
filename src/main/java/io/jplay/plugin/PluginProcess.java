package io.jplay.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One running co-process: the bridge script under the controller's Python, a request line on its
 * stdin, an answer line on its stdout. What the plugins print on stderr is kept (the last few
 * kilobytes) to explain a death.
 */
final class PluginProcess {
    private static final int STDERR_KEPT = 4096;

    private final Process process;
    private final Writer in;
    private final BufferedReader out;
    private final StringBuilder stderr = new StringBuilder();
    private final Thread drain;

    private PluginProcess(Process process) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.drain = new Thread(this::drainStderr, "jplay-plugin-stderr-" + process.pid());
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts {@code python -c script} and waits for its ready line. */
    static PluginProcess start(Path python, String script, Map<String, String> env, Path cwd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(List.of(python.toString(), "-c", script));
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.directory(cwd.toFile());
        PluginProcess p = new PluginProcess(pb.start());
        String ready = p.receive();
        if (ready == null || !ready.startsWith("{\"ready\"")) {
            String why = p.exitDescription();
            p.stop();
            throw new IOException("the plugin process did not start" + why);
        }
        return p;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    void send(String line) throws IOException {
        in.write(line);
        in.write('\n');
        in.flush();
    }

    /** The next line, or null when the process closed its output (it exited). */
    String receive() throws IOException {
        return out.readLine();
    }

    /** How the process ended and what it last wrote on stderr, for messages (empty while it runs). */
    String exitDescription() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                return "";
            }
            // what the process wrote last may still be in the pipe: read to its end (a child that
            // keeps the pipe open is not waited for long)
            drain.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
        String tail;
        synchronized (stderr) {
            tail = stderr.toString().strip();
        }
        return " (exit code " + process.exitValue() + ")" + (tail.isEmpty() ? "" : ": " + tail);
    }

    /** Ends the process: its input closed first (it exits on its own), then terminated if it lingers. */
    void stop() {
        try {
            in.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        closeQuietly(process.getInputStream());
        closeQuietly(process.getOutputStream());
    }

    private void drainStderr() {
        byte[] buf = new byte[4096];
        try (InputStream err = process.getErrorStream()) {
            int n;
            while ((n = err.read(buf)) > 0) {
                synchronized (stderr) {
                    stderr.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > STDERR_KEPT) {
                        stderr.delete(0, stderr.length() - STDERR_KEPT);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

}
