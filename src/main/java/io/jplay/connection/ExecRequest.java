package io.jplay.connection;

import java.util.Map;
import java.util.function.Consumer;

/**
 * One command to run on a target.
 *
 * @param command a shell command line, run by the target's POSIX shell
 * @param stdin bytes fed to the command's standard input, or {@code null} for none (empty stdin)
 * @param environment variables exported for the command (in order)
 * @param become privilege escalation to apply, or {@code null} to run as the login user
 * @param boundedOutput whether stdout and stderr may be cut at the connection's {@link OutputLimit}
 *     (the output of {@code command}, {@code shell}, {@code raw}, {@code script}, shown to the user);
 *     {@code false} keeps every byte, for output jplay reads itself (files, JSON, probes)
 * @param trace receives the command line the connection runs for this request (become applied), just
 *     before each attempt: what {@code -vvv} shows
 */
public record ExecRequest(String command, byte[] stdin, Map<String, String> environment, Become become,
        boolean boundedOutput, Consumer<String> trace) {

    public ExecRequest {
        if (command == null) {
            throw new IllegalArgumentException("command is required");
        }
        trace = trace == null ? line -> { } : trace;
        environment = environment == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(environment));
    }

    /** A request that nobody traces. */
    public ExecRequest(String command, byte[] stdin, Map<String, String> environment, Become become,
            boolean boundedOutput) {
        this(command, stdin, environment, become, boundedOutput, null);
    }

    /** A request whose output is kept whole. */
    public ExecRequest(String command, byte[] stdin, Map<String, String> environment, Become become) {
        this(command, stdin, environment, become, false);
    }

    public static ExecRequest of(String command) {
        return new ExecRequest(command, null, Map.of(), null);
    }

    public ExecRequest withBecome(Become become) {
        return new ExecRequest(command, stdin, environment, become, boundedOutput, trace);
    }

    public ExecRequest withEnvironment(Map<String, String> environment) {
        return new ExecRequest(command, stdin, environment, become, boundedOutput, trace);
    }

    public ExecRequest withStdin(byte[] stdin) {
        return new ExecRequest(command, stdin, environment, become, boundedOutput, trace);
    }

    /** This request with {@code trace} told the command line it runs. */
    public ExecRequest tracedBy(Consumer<String> trace) {
        return new ExecRequest(command, stdin, environment, become, boundedOutput, trace);
    }

    /** This request with its output bounded by the connection's {@link OutputLimit}. */
    public ExecRequest withBoundedOutput() {
        return new ExecRequest(command, stdin, environment, become, true, trace);
    }
}
