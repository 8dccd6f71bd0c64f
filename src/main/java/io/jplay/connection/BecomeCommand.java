package io.jplay.connection;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Wraps a shell command in {@code sudo} or {@code su}. The password, when there is one, is written
 * to the command's stdin ahead of the task's own input; it never appears on a command line.
 */
final class BecomeCommand {

    record Prepared(List<String> argv, byte[] stdinPrefix) {
    }

    private BecomeCommand() {
    }

    static Prepared prepare(Become become, String shell, String command) {
        if (become == null) {
            return new Prepared(List.of(shell, "-c", command), null);
        }
        String wrapped = wrap(become, shell, command);
        byte[] prefix = become.password() == null ? null
                : (become.password() + "\n").getBytes(StandardCharsets.UTF_8);
        return new Prepared(List.of("/bin/sh", "-c", wrapped), prefix);
    }

    /** The command line that runs {@code command} as the become user. */
    static String wrap(Become become, String shell, String command) {
        String inner = ShellQuote.join(List.of(shell, "-c", command));
        return switch (become.method()) {
            // Ansible's shape (sudo -H -S -n), which users look for in -vvv output
            case "sudo" -> "sudo -H -S " + (become.password() == null ? "-n " : "-p '' ")
                    + (become.flags().isBlank() ? "" : become.flags().strip() + " ")
                    + "-u " + ShellQuote.quote(become.user()) + " " + inner;
            case "su" -> "su " + (become.flags().isEmpty() ? "" : become.flags() + " ")
                    + ShellQuote.quote(become.user()) + " -c " + ShellQuote.quote(inner);
            default -> throw new IllegalArgumentException("unsupported become method: " + become.method());
        };
    }
}
