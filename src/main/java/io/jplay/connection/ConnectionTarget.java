package io.jplay.connection;

import java.time.Duration;
import java.util.List;

/**
 * Everything needed to open a connection to one host, resolved from Ansible's connection
 * variables ({@code ansible_host}, {@code ansible_port}, {@code ansible_user}, ...).
 *
 * @param inventoryName the host's name in the inventory (used in messages)
 * @param type {@code local} or {@code ssh}
 * @param address {@code ansible_host}
 * @param port {@code ansible_port}, or 0 for the default
 * @param user {@code ansible_user}, or {@code null} for the controller's user
 * @param password {@code ansible_password}, or {@code null}
 * @param privateKeyFile {@code ansible_ssh_private_key_file}, or {@code null}
 * @param sshArgs the ssh options given through {@code ansible_ssh_common_args}, {@code ssh_args}
 *     and {@code ansible_ssh_extra_args}, as words
 * @param hostKeyChecking whether host keys are verified
 * @param timeout the connect timeout
 * @param shell the remote shell ({@code ansible_shell_executable}, default {@code /bin/sh})
 */
public record ConnectionTarget(
        String inventoryName,
        String type,
        String address,
        int port,
        String user,
        String password,
        String privateKeyFile,
        List<String> sshArgs,
        boolean hostKeyChecking,
        Duration timeout,
        String shell) {

    public ConnectionTarget {
        sshArgs = sshArgs == null ? List.of() : List.copyOf(sshArgs);
        shell = shell == null || shell.isBlank() ? "/bin/sh" : shell;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** The key that identifies one reusable transport: one per (type, address, port, user). */
    public String transportKey() {
        return type + "://" + (user == null ? "" : user + "@") + address + ":" + port;
    }
}
