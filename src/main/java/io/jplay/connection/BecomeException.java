package io.jplay.connection;

/**
 * Privilege escalation failed although the host was reached ({@code Incorrect sudo password},
 * {@code Missing sudo password}, a prompt timeout). Ansible reports these as a FAILED task with this
 * message, not as UNREACHABLE; callers that catch {@link ConnectionException} should check for this
 * subtype first.
 */
public class BecomeException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    public BecomeException(String message) {
        super(message);
    }
}
