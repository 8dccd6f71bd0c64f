package io.jplay.connection;

import java.nio.charset.StandardCharsets;

/**
 * What a command left behind. {@code rc} is the exit status, or {@code -SIGNUM} when a signal killed
 * the command, as Ansible reports it.
 */
public record ExecResult(int rc, byte[] stdout, byte[] stderr) {

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
