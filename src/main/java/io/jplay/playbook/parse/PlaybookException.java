package io.jplay.playbook.parse;

import io.jplay.playbook.SourceLocation;
import io.jplay.yaml.AnsibleErrorText;

/**
 * A playbook, task file or role could not be loaded. {@link #getMessage()} is the bare message
 * ({@code conflicting action statements: shell, command}); {@link #render()} is the full text
 * ansible-playbook prints after {@code ERROR! }, with the offending lines when the location is
 * known. {@link #exitCode()} is what the CLI should exit with (4 for parse errors, 1 for a
 * missing playbook).
 */
public class PlaybookException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourceLocation location;
    private final int exitCode;
    private final boolean preRendered;

    public PlaybookException(String message, SourceLocation location) {
        this(message, location, 4, false, null);
    }

    PlaybookException(String message, SourceLocation location, int exitCode, boolean preRendered, Throwable cause) {
        super(message, cause);
        this.location = location == null ? SourceLocation.UNKNOWN : location;
        this.exitCode = exitCode;
        this.preRendered = preRendered;
    }

    /** The file:line:column the error is about, or {@link SourceLocation#UNKNOWN}. */
    public SourceLocation location() {
        return location;
    }

    /** 4 for syntax/parse errors, 1 when the playbook file does not exist. */
    public int exitCode() {
        return exitCode;
    }

    /** Ansible's full error text: the message, then (if located) where it is with the offending lines. */
    public String render() {
        if (preRendered || location.line() <= 0) {
            return getMessage();
        }
        return AnsibleErrorText.withLocation(getMessage(), location.file(), location.line(), location.column());
    }
}
