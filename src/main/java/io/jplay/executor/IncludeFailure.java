package io.jplay.executor;

/**
 * What a dynamic include names could not be loaded, and the run goes on (Ansible's plain
 * {@code AnsibleError}: a role that is not found, a task file that is missing or not a list). Errors
 * in what was loaded (Ansible's parser errors) end the run instead, as a {@link FatalRunError}.
 */
public final class IncludeFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String shown;

    /**
     * @param message the bare message ({@code the role 'x' was not found in ...})
     * @param shown the message as Ansible shows it, with where it was written when that is known
     */
    public IncludeFailure(String message, String shown, Throwable cause) {
        super(message, cause);
        this.shown = shown;
    }

    /** The message with its location, as {@code ERROR! ...} shows it. */
    public String shown() {
        return shown;
    }
}
