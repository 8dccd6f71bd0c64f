package io.jplay.connection.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Run-wide settings of the SSH transport (per-host settings come from
 * {@link io.jplay.connection.ConnectionTarget}).
 *
 * @param sshDirectory where {@code config}, {@code known_hosts} and default keys live ({@code ~/.ssh})
 * @param localUser the login user when neither the target nor ssh config names one
 * @param passphrases passphrases for encrypted keys
 * @param agentSocket the ssh-agent socket ({@code SSH_AUTH_SOCK}), or {@code null} for no agent
 * @param maxChannelsPerConnection concurrent session channels on one SSH connection (OpenSSH's
 *     {@code MaxSessions} defaults to 10)
 * @param maxConnectionsPerHost SSH connections one target may use at once; further commands queue
 * @param maxConcurrentHandshakes handshakes in flight per sshd (OpenSSH's {@code MaxStartups}
 *     starts dropping at 10)
 * @param keepAliveInterval interval of {@code keepalive@openssh.com} requests
 */
public record SshOptions(
        Path sshDirectory,
        String localUser,
        PassphraseProvider passphrases,
        Path agentSocket,
        int maxChannelsPerConnection,
        int maxConnectionsPerHost,
        int maxConcurrentHandshakes,
        Duration keepAliveInterval) {

    public SshOptions {
        if (sshDirectory == null || localUser == null) {
            throw new IllegalArgumentException("sshDirectory and localUser are required");
        }
        passphrases = passphrases == null ? PassphraseProvider.NONE : passphrases;
        if (maxChannelsPerConnection < 1 || maxConnectionsPerHost < 1 || maxConcurrentHandshakes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        keepAliveInterval = keepAliveInterval == null ? Duration.ofSeconds(15) : keepAliveInterval;
    }

    /**
     * The user's environment: {@code ~/.ssh} under {@code home}, {@code user}, {@code SSH_AUTH_SOCK}, 10
     * channels per connection, 4 connections per host, 8 concurrent handshakes per sshd.
     */
    public static SshOptions fromEnvironment(Map<String, String> env, Path home, String user,
            PassphraseProvider passphrases) {
        String socket = env.get("SSH_AUTH_SOCK");
        return new SshOptions(home.resolve(".ssh"), user, passphrases,
                socket == null || socket.isBlank() ? null : Path.of(socket), 10, 4, 8, Duration.ofSeconds(15));
    }

    /** These options with other connection limits (the run's {@code ssh_max_*} settings). */
    public SshOptions withLimits(int channelsPerConnection, int connectionsPerHost, int concurrentHandshakes,
            Duration keepAlive) {
        return new SshOptions(sshDirectory, localUser, passphrases, agentSocket, channelsPerConnection,
                connectionsPerHost, concurrentHandshakes, keepAlive);
    }

    public SshOptions withSshDirectory(Path directory) {
        return new SshOptions(directory, localUser, passphrases, agentSocket, maxChannelsPerConnection,
                maxConnectionsPerHost, maxConcurrentHandshakes, keepAliveInterval);
    }

    public SshOptions withAgentSocket(Path socket) {
        return new SshOptions(sshDirectory, localUser, passphrases, socket, maxChannelsPerConnection,
                maxConnectionsPerHost, maxConcurrentHandshakes, keepAliveInterval);
    }

    public SshOptions withLimits(int channelsPerConnection, int connectionsPerHost, int handshakes) {
        return new SshOptions(sshDirectory, localUser, passphrases, agentSocket, channelsPerConnection,
                connectionsPerHost, handshakes, keepAliveInterval);
    }
}
