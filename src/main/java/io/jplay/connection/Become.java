package io.jplay.connection;

/**
 * Privilege escalation for one command: {@code sudo} or {@code su} to {@code user}.
 *
 * @param method {@code sudo} or {@code su}
 * @param user the user to become (Ansible's default is {@code root})
 * @param flags extra flags for the method ({@code become_flags}), may be empty
 * @param password the password to answer the prompt with, or {@code null} when none is expected;
 *     it is sent over stdin, never on a command line
 */
public record Become(String method, String user, String flags, String password) {

    public Become {
        method = method == null || method.isBlank() ? "sudo" : method;
        user = user == null || user.isBlank() ? "root" : user;
        flags = flags == null ? "" : flags;
    }
}
