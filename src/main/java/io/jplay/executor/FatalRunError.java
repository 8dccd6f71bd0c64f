package io.jplay.executor;

/**
 * An error that ends the whole run at once, as Ansible's {@code ERROR! ...} does (for example a
 * vaulted {@code vars_files} entry that cannot be decrypted): no recap, the given exit code.
 */
public final class FatalRunError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public FatalRunError(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
