package io.jplay.connection.ssh;

import io.jplay.connection.ConnectionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;

/**
 * Opens and authenticates one SSH connection: TCP_NODELAY socket, keepalive, host key check, an
 * optional chain of jump hosts, handshakes throttled per sshd and retried when sshd drops them during
 * the identification exchange (its {@code MaxStartups} at work).
 */
final class SshClientOpener {
    private static final int ATTEMPTS = 4;

    private final SshOptions options;
    private final SshSettingsResolver resolver;
    private final HandshakeThrottle throttle;
    private final AuthMethodOrder authMethods;
    private final SshClientConfig config;

    SshClientOpener(SshOptions options, SshSettingsResolver resolver, HandshakeThrottle throttle,
            SshClientConfig config) {
        this.options = options;
        this.resolver = resolver;
        this.throttle = throttle;
        this.config = config;
        this.authMethods = new AuthMethodOrder(options);
    }

    SshTransport open(SshSettings settings) throws ConnectionException {
        List<SshTransport> jumps = new ArrayList<>();
        try {
            SshTransport via = null;
            if (settings.proxyJump() != null) {
                for (String spec : settings.proxyJump().split(",")) {
                    SshSettings jump = resolver.resolveJump(spec.strip(), settings);
                    via = openWithRetry(jump, via);
                    jumps.add(via);
                }
            }
            SshTransport target = openWithRetry(settings, via);
            return new SshTransport(target.client(), jumps);
        } catch (ConnectionException e) {
            jumps.forEach(SshTransport::close);
            throw e;
        }
    }

    private SshTransport openWithRetry(SshSettings settings, SshTransport via) throws ConnectionException {
        Semaphore permits = throttle.forServer(settings.host(), settings.port());
        for (int attempt = 1; ; attempt++) {
            acquire(permits, settings);
            try {
                return openOnce(settings, via);
            } catch (RetryableHandshakeFailure e) {
                if (attempt >= ATTEMPTS) {
                    throw new ConnectionException(UnreachableMessages.connectFailure(settings, e.cause), e.cause);
                }
            } finally {
                permits.release();
            }
            pause(50L << attempt);
        }
    }

    private SshTransport openOnce(SshSettings settings, SshTransport via)
            throws ConnectionException, RetryableHandshakeFailure {
        SSHClient client = newClient(settings);
        KnownHostsVerifier verifier = new KnownHostsVerifier(settings);
        client.addHostKeyVerifier(verifier);
        try (HandshakeDeadline deadline = HandshakeDeadline.start(client, settings.connectTimeout())) {
            try {
                connect(client, settings, via, deadline);
                deadline.keysExchanged();
            } catch (IOException e) {
                close(client);
                if (verifier.failure() != null) {
                    throw new ConnectionException(UnreachableMessages.hostKeyFailure(verifier.failure()), e);
                }
                if (deadline.expiredDuring() != null) {
                    throw new ConnectionException(UnreachableMessages.handshakeTimeout(settings, deadline.expiredDuring()), e);
                }
                if (e instanceof TransportException && UnreachableMessages.isIdentificationReset(e)) {
                    throw new RetryableHandshakeFailure(e);
                }
                throw new ConnectionException(UnreachableMessages.connectFailure(settings, e), e);
            }
            try {
                client.auth(settings.user(), authMethods.methods(client, settings));
                return new SshTransport(client, List.of());
            } catch (UserAuthException | TransportException e) {
                String text = deadline.expiredDuring() != null
                        ? UnreachableMessages.handshakeTimeout(settings, deadline.expiredDuring())
                        : e instanceof UserAuthException
                                ? UnreachableMessages.authFailure(settings, client.getUserAuth().getAllowedMethods())
                                : UnreachableMessages.connectFailure(settings, e);
                close(client);
                throw new ConnectionException(text, e);
            }
        }
    }

    private SSHClient newClient(SshSettings settings) {
        SSHClient client = new SSHClient(config.get());
        client.setSocketFactory(new NoDelaySocketFactory());
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis());
        client.setConnectTimeout(timeoutMillis);
        client.getTransport().setTimeoutMs(timeoutMillis);
        client.getConnection().getKeepAlive()
                .setKeepAliveInterval((int) Math.max(1, options.keepAliveInterval().toSeconds()));
        return client;
    }

    private static void connect(SSHClient client, SshSettings settings, SshTransport via, HandshakeDeadline deadline)
            throws IOException {
        if (via == null) {
            client.connect(settings.host(), settings.port());
            return;
        }
        DirectConnection tunnel = via.client().newDirectConnection(settings.host(), settings.port());
        deadline.watch(tunnel);
        client.connectVia(tunnel, settings.host(), settings.port());
    }

    private static void acquire(Semaphore permits, SshSettings settings) throws ConnectionException {
        try {
            if (!permits.tryAcquire(settings.connectTimeout().toMillis() * 3 + 1000, TimeUnit.MILLISECONDS)) {
                throw new ConnectionException(UnreachableMessages.PREFIX + "ssh: connect to host " + settings.host()
                        + " port " + settings.port() + ": Connection timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while connecting to " + settings.displayName(), e);
        }
    }

    private static void pause(long millis) throws ConnectionException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted", e);
        }
    }

    private static void close(SSHClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // the connection failed already
        }
    }

    /** sshd closed the connection before the handshake finished (MaxStartups): worth another try. */
    private static final class RetryableHandshakeFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient IOException cause;

        RetryableHandshakeFailure(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
