package io.jplay.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands on the controller itself ({@code ansible_connection=local}) through
 * {@code /bin/sh -c}, with become applied by {@link BecomeCommand}.
 */
public final class LocalConnection implements Connection {
    private final String shell;
    private final OutputLimit outputLimit;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Set<ExecStream> streams = ConcurrentHashMap.newKeySet();

    /** A connection with the default {@link OutputLimit}. */
    public LocalConnection(String shell) {
        this(shell, OutputLimit.defaults());
    }

    /** @param outputLimit the bound on the output of requests that ask for one */
    public LocalConnection(String shell, OutputLimit outputLimit) {
        this.shell = shell == null ? "/bin/sh" : shell;
        this.outputLimit = outputLimit;
    }

    @Override
    public ExecResult exec(ExecRequest request) throws ConnectionException {
        String command = ShellQuote.exports(request.environment()) + request.command();
        BecomeCommand.Prepared prepared = BecomeCommand.prepare(request.become(), shell, command);
        List<String> argv = new ArrayList<>(prepared.argv());
        request.trace().accept(ShellQuote.join(argv));
        ProcessBuilder pb = new ProcessBuilder(argv);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new ConnectionException("failed to run " + shell + ": " + e.getMessage(), e);
        }
        running.add(process);
        try {
            return collect(process, prepared, request, request.boundedOutput() ? outputLimit : null);
        } finally {
            running.remove(process);
        }
    }

    /**
     * Streams a request without become, or with {@code sudo} and no password ({@code sudo -n}). A
     * password (whose line sudo may or may not read) or {@code su} (a terminal) are not streamed.
     */
    @Override
    public java.util.Optional<ExecStream> open(ExecRequest request) throws ConnectionException {
        Become become = request.become();
        if (become != null && (become.password() != null || !"sudo".equals(become.method()))) {
            return java.util.Optional.empty();
        }
        String command = ShellQuote.exports(request.environment()) + request.command();
        BecomeCommand.Prepared prepared = BecomeCommand.prepare(request.become(), shell, command);
        request.trace().accept(ShellQuote.join(prepared.argv()));
        Process process;
        try {
            process = new ProcessBuilder(prepared.argv()).start();
        } catch (IOException e) {
            throw new ConnectionException("failed to run " + shell + ": " + e.getMessage(), e);
        }
        ExecStream stream = new LocalExecStream(process, streams::remove);
        streams.add(stream);
        return java.util.Optional.of(stream);
    }

    private static ExecResult collect(Process process, BecomeCommand.Prepared prepared, ExecRequest request,
            OutputLimit limit) throws ConnectionException {
        // stderr on a thread of its own, stdout on this one: never the common pool, whose few threads
        // would block on each other's processes when many forks run commands with large outputs
        OutputBuffer err = new OutputBuffer(limit, "stderr");
        Thread errReader = new Thread(() -> copy(process.getErrorStream(), err), "jplay-local-stderr");
        errReader.setDaemon(true);
        errReader.start();
        Thread writer = null;
        if (prepared.stdinPrefix() == null && request.stdin() == null) {
            closeQuietly(process.getOutputStream());
        } else {
            // written beside the reading of stdout, so that a command answering before it has read all
            // its input cannot block on a full pipe
            writer = new Thread(() -> feed(process.getOutputStream(), prepared.stdinPrefix(), request.stdin()),
                    "jplay-local-stdin");
            writer.setDaemon(true);
            writer.start();
        }
        OutputBuffer out = new OutputBuffer(limit, "stdout");
        copy(process.getInputStream(), out);
        try {
            int status = process.waitFor();
            errReader.join();
            if (writer != null) {
                writer.join();
            }
            return new ExecResult(status, out.bytes(), err.bytes());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted", e);
        }
    }

    /** Ends each running command and what it started: {@code SIGTERM}, or {@code SIGKILL} when {@code force}. */
    @Override
    public int signalRunning(boolean force) {
        int sent = 0;
        for (Process process : List.copyOf(running)) {
            process.descendants().forEach(child -> {
                if (force) {
                    child.destroyForcibly();
                } else {
                    child.destroy();
                }
            });
            if (force) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            sent++;
        }
        return sent;
    }

    @Override
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Process process : List.copyOf(running)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    private static void feed(OutputStream stdin, byte[] prefix, byte[] input) {
        try (stdin) {
            if (prefix != null) {
                stdin.write(prefix);
            }
            if (input != null) {
                stdin.write(input);
            }
        } catch (IOException e) {
            // the command did not read its stdin; that is its business
        }
    }

    private static void closeQuietly(OutputStream stdin) {
        try {
            stdin.close();
        } catch (IOException e) {
            // nothing was to be written anyway
        }
    }

    private static void copy(InputStream in, OutputBuffer buffer) {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            // the process closed its end early; what was read is its output
        }
    }

    @Override
    public void put(byte[] content, String remotePath, int mode) throws ConnectionException {
        try {
            Path target = Path.of(remotePath);
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".jplay", ".tmp");
            Files.write(tmp, content);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(permissions(mode)));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConnectionException("failed to write " + remotePath + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void fetch(String remotePath, Path localPath) throws ConnectionException {
        try {
            Files.copy(Path.of(remotePath), localPath, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ConnectionException("failed to read " + remotePath + ": " + e.getMessage(), e);
        }
    }

    static String permissions(int mode) {
        StringBuilder sb = new StringBuilder();
        String letters = "rwx";
        for (int i = 8; i >= 0; i--) {
            sb.append((mode & (1 << i)) != 0 ? letters.charAt((8 - i) % 3) : '-');
        }
        return sb.toString();
    }

    @Override
    public void reset() {
        List.copyOf(streams).forEach(ExecStream::close);
    }

    @Override
    public void close() {
        reset();
    }
}
