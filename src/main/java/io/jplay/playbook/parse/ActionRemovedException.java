package io.jplay.playbook.parse;

/**
 * Thrown by a parser's module check when the action names a module its collection has removed
 * (a {@code tombstone}); the parser fails with this message and Ansible's exit code 1.
 */
public final class ActionRemovedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActionRemovedException(String message) {
        super(message);
    }
}
