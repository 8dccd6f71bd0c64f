package io.jplay.testing;

import java.io.IOException;
import java.util.Optional;

/**
 * The non-root user that {@code .ci/test-host-setup.sh} creates: login shell {@code /bin/sh}, sudo to
 * root without a password, sudo to {@code nobody} with {@link #PASSWORD}. Tests that need it call
 * {@link #nonRoot()} inside an assumption: it is empty when the user does not exist or when the
 * tests do not run as root (a non-root sshd cannot log in as another user).
 */
public final class TestUsers {
    public static final String NAME = "jplaytest";
    public static final String PASSWORD = "jplaytest-pw";
    /** A user {@link #NAME} may only sudo to with its password. */
    public static final String PASSWORD_SUDO_TARGET = "nobody";

    private TestUsers() {
    }

    public static Optional<String> nonRoot() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("id", "-u", NAME).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 ? Optional.of(NAME) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
