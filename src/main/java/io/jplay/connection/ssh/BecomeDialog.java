package io.jplay.connection.ssh;

import io.jplay.connection.Become;
import io.jplay.connection.ShellQuote;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The command line and prompt handling for one escalated command over SSH, following Ansible's
 * scheme: the escalated shell first prints a one-off {@code BECOME-SUCCESS-<nonce>} line, so jplay
 * knows when the password has been accepted and the task's own stdin may flow. {@code sudo} reads
 * the password from stdin ({@code -S}) with a one-off prompt on stderr; {@code su} insists on a
 * terminal, so it runs on a PTY (stdout and stderr merged).
 *
 * @param commandLine what the login shell is asked to run
 * @param password the password to answer with, or {@code null}
 * @param pty whether the command needs a terminal
 * @param prompt the text of the password prompt to wait for (sudo: exact, su: a pattern fragment)
 * @param marker the success marker line, or {@code null} when no password dialog happens
 * @param method {@code sudo} or {@code su}, for messages
 */
record BecomeDialog(String commandLine, String password, boolean pty, String prompt, String marker, String method) {

    /** The line for a command without become: {@code /bin/sh -c '<command>'}. */
    static String plain(String shell, String command) {
        return ShellQuote.join(List.of(shell, "-c", command));
    }

    static BecomeDialog of(Become become, String shell, String command) {
        return of(become, shell, command, "");
    }

    /**
     * @param outerPrefix shell words run by the login user's shell before it escalates (the pid
     *     report), or empty
     */
    static BecomeDialog of(Become become, String shell, String command, String outerPrefix) {
        String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
        String marker = "BECOME-SUCCESS-" + nonce;
        String inner = ShellQuote.join(List.of(shell, "-c", "echo " + marker + "; " + command));
        String flags = become.flags().isBlank() ? "" : become.flags().strip() + " ";
        String user = ShellQuote.quote(become.user());
        return switch (become.method()) {
            case "sudo" -> {
                String prompt = "[sudo via jplay, key=" + nonce + "] password:";
                String escalate = become.password() == null
                        ? "sudo -H -S -n " + flags + "-u " + user + " " + inner
                        : "sudo -H -S -p " + ShellQuote.quote(prompt) + " " + flags + "-u " + user + " " + inner;
                yield new BecomeDialog(plain(shell, outerPrefix + escalate), become.password(), false, prompt, marker,
                        "sudo");
            }
            case "su" -> {
                String escalate = "su " + flags + user + " -c " + ShellQuote.quote(inner);
                yield new BecomeDialog(plain(shell, outerPrefix + escalate), become.password(), true, "assword", marker,
                        "su");
            }
            default -> throw new IllegalArgumentException("unsupported become method: " + become.method());
        };
    }
}
