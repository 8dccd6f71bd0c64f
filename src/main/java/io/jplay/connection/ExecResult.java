package io.jplay.connection;

import io.jplay.python.PyBytes;

/**
 * What a command left behind. {@code rc} is the exit status, or {@code -SIGNUM} when a signal killed
 * the command, as Ansible reports it. Its text is decoded as Ansible decodes command output
 * ({@link PyBytes#decodeUtf8}: undecodable bytes kept as escape surrogates).
 */
public record ExecResult(int rc, byte[] stdout, byte[] stderr) {

    public String stdoutText() {
        return PyBytes.decodeUtf8(stdout);
    }

    public String stderrText() {
        return PyBytes.decodeUtf8(stderr);
    }
}
