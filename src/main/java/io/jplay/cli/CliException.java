package io.jplay.cli;

/** An error the CLI reports as {@code ERROR! message} with the given exit code. */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
