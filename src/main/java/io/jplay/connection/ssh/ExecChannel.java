package io.jplay.connection.ssh;

import io.jplay.connection.BecomeException;
import io.jplay.connection.ExecResult;
import io.jplay.connection.OutputBuffer;
import io.jplay.connection.OutputLimit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * Runs one command line on a session channel: writes stdin then EOF, collects stdout and stderr fully,
 * answers a become password prompt when there is one, and maps the exit to an rc ({@code -SIGNUM} when
 * a signal killed the command).
 */
final class ExecChannel {
    private final Duration becomeTimeout;
    private final OutputLimit outputLimit;
    private final RunningCommands running = new RunningCommands();

    /** @param outputLimit the bound on the output of requests that ask for one */
    ExecChannel(Duration becomeTimeout, OutputLimit outputLimit) {
        this.becomeTimeout = becomeTimeout;
        this.outputLimit = outputLimit;
    }

    /** A failure before the command could have started: the caller may retry on another transport. */
    static final class NotStarted extends IOException {
        private static final long serialVersionUID = 1L;

        NotStarted(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * @param pidReport the command's pid line on stderr (see {@link PidReport}), or {@code null} when
     *     the command does not print one
     */
    ExecResult run(SSHClient client, BecomeDialog dialog, byte[] stdin, boolean boundedOutput, PidReport pidReport)
            throws IOException, BecomeException, InterruptedException {
        Session session;
        Session.Command command;
        try {
            session = client.startSession();
            if (dialog.pty()) {
                session.allocateDefaultPTY();
            }
            command = session.exec(dialog.commandLine());
        } catch (IOException e) {
            throw new NotStarted(e);
        }
        running.add(command, client, pidReport);
        try (session) {
            Object monitor = new Object();
            // with nothing to watch or write, this thread reads stdout itself: one thread and one
            // hand-off fewer per command
            boolean readHere = dialog.marker() == null && (stdin == null || stdin.length == 0);
            OutputLimit limit = boundedOutput ? outputLimit : null;
            StreamCollector out = new StreamCollector(command.getInputStream(), monitor,
                    new OutputBuffer(limit, "stdout"));
            if (!readHere) {
                out.inBackground("jplay-ssh-stdout");
            }
            StreamCollector err = new StreamCollector(command.getErrorStream(), monitor,
                    new OutputBuffer(limit, "stderr"), pidReport).inBackground("jplay-ssh-stderr");
            OutputStream in = command.getOutputStream();
            if (dialog.marker() != null) {
                converse(dialog, in, out, dialog.pty() ? out : err, monitor);
            }
            sendStdin(in, stdin, dialog.pty());
            if (readHere) {
                out.drain();
            }
            byte[] stdout = out.await();
            byte[] stderr = err.await();
            command.join();
            byte[] cleanErr = dialog.pty() || dialog.prompt() == null ? stderr : stripPrompt(stderr, dialog.prompt());
            return new ExecResult(exitCode(command), stripMarker(stdout, dialog.marker()), cleanErr);
        } finally {
            running.remove(command);
        }
    }

    /** The commands running now on this connection's channels. */
    RunningCommands running() {
        return running;
    }

    /** Writes stdin and EOF; a command that exits without reading its stdin is not an error. */
    private static void sendStdin(OutputStream in, byte[] stdin, boolean pty) {
        try (in) {
            if (stdin != null && stdin.length > 0) {
                in.write(stdin);
            }
            if (pty) {
                in.write(4);
            }
            in.flush();
        } catch (IOException e) {
            // the channel closed first: the command ended without reading (all of) its input
        }
    }

    private void converse(BecomeDialog dialog, OutputStream in, StreamCollector out, StreamCollector prompts,
            Object monitor) throws IOException, BecomeException, InterruptedException {
        boolean answered = false;
        long deadline = System.nanoTime() + becomeTimeout.toNanos();
        synchronized (monitor) {
            while (!out.text().contains(dialog.marker())) {
                String shown = prompts.text();
                int asked = count(shown, dialog.prompt());
                if (asked > 0 && dialog.password() == null) {
                    throw new BecomeException("Missing " + dialog.method() + " password");
                }
                if (answered && (asked > 1 || shown.contains("Sorry, try again") || shown.contains("incorrect password")
                        || shown.contains("Authentication failure"))) {
                    throw new BecomeException("Incorrect " + dialog.method() + " password");
                }
                if (!answered && asked > 0) {
                    answered = true;
                    answer(in, dialog.password());
                    continue;
                }
                if (out.finished() || prompts.finished()) {
                    if (shown.contains("a password is required")) {
                        throw new BecomeException("Missing " + dialog.method() + " password");
                    }
                    if (answered) {
                        throw new BecomeException("Incorrect " + dialog.method() + " password");
                    }
                    return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new BecomeException("Timeout (" + becomeTimeout.toSeconds()
                            + "s) waiting for privilege escalation prompt: " + shown.strip());
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static void answer(OutputStream in, String password) throws IOException {
        in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static int count(String text, String fragment) {
        int n = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + fragment.length())) {
            n++;
        }
        return n;
    }

    private static int exitCode(Session.Command command) {
        Integer status = command.getExitStatus();
        if (status != null) {
            return status;
        }
        if (command.getExitSignal() != null) {
            return -SignalNumbers.of(command.getExitSignal());
        }
        return -1;
    }

    /** Removes the (answered) sudo prompt from stderr. */
    static byte[] stripPrompt(byte[] stderr, String prompt) {
        String text = new String(stderr, StandardCharsets.UTF_8);
        int at = text.indexOf(prompt);
        return at < 0 ? stderr : (text.substring(0, at) + text.substring(at + prompt.length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Drops everything up to and including the become marker line. */
    static byte[] stripMarker(byte[] stdout, String marker) {
        if (marker == null) {
            return stdout;
        }
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= stdout.length; i++) {
            if (Arrays.equals(stdout, i, i + needle.length, needle, 0, needle.length)) {
                int end = i + needle.length;
                while (end < stdout.length && (stdout[end] == '\r' || stdout[end] == '\n')) {
                    end++;
                    if (stdout[end - 1] == '\n') {
                        break;
                    }
                }
                return Arrays.copyOfRange(stdout, end, stdout.length);
            }
        }
        return stdout;
    }
}
