package io.jplay.connection.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One fully resolved SSH destination: the target's variables, its ssh words and {@code ~/.ssh/config}
 * folded together the way OpenSSH would.
 *
 * @param displayName the name used in messages (the host as given: inventory address or jump spec)
 * @param host the address to connect to ({@code HostName} applied)
 * @param port the TCP port
 * @param user the login user
 * @param password the login password, or {@code null}
 * @param identityFiles key files to offer, in order
 * @param proxyJump the jump host spec ({@code [user@]host[:port][,...]}) or {@code null}
 * @param hostKeyPolicy how host keys are checked
 * @param knownHostsFiles the known_hosts files to read (the first one is written by accept-new)
 * @param connectTimeout TCP connect and identification timeout
 * @param identitiesGiven whether {@code identityFiles} were named ({@code -i}, {@code IdentityFile},
 *     {@code ansible_ssh_private_key_file}) rather than the default {@code ~/.ssh/id_*} keys
 * @param identitiesOnly {@code IdentitiesOnly yes}: agent keys are used only for the identity files
 * @param identityAgent the {@code IdentityAgent} option ({@code none}, {@code SSH_AUTH_SOCK} or a
 *     socket path), or {@code null} for {@code SSH_AUTH_SOCK}
 */
record SshSettings(
        String displayName,
        String host,
        int port,
        String user,
        String password,
        List<Path> identityFiles,
        String proxyJump,
        HostKeyPolicy hostKeyPolicy,
        List<Path> knownHostsFiles,
        Duration connectTimeout,
        boolean identitiesGiven,
        boolean identitiesOnly,
        String identityAgent) {

    SshSettings {
        identityFiles = List.copyOf(identityFiles);
        knownHostsFiles = List.copyOf(knownHostsFiles);
    }

    /** {@code host} or {@code [host]:port}, the way known_hosts and OpenSSH's messages name it. */
    String knownHostsName() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
