package io.jplay.connection.ssh;

import io.jplay.connection.Become;
import io.jplay.connection.BecomeException;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ExecStream;
import io.jplay.connection.OutputLimit;
import io.jplay.connection.ShellQuote;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;
import net.schmizz.sshj.connection.channel.OpenFailException;

/**
 * A {@link Connection} over SSH with sshj. SSH connections are opened on first use and kept for the
 * run; each command is a session channel on one of them, files move over SFTP. Safe for concurrent
 * use: channels are multiplexed up to {@link SshOptions#maxChannelsPerConnection()} per connection,
 * and further connections to the same target are opened up to
 * {@link SshOptions#maxConnectionsPerHost()}.
 */
public final class SshjConnection implements Connection {
    private static final int OPEN_ATTEMPTS = 3;

    private final ConnectionTarget target;
    private final SshSettings settings;
    private final TransportPool pool;
    private final ExecChannel exec;
    private final Set<ExecStream> streams = ConcurrentHashMap.newKeySet();
    private final int streamCapacity;

    /** A connection with an sshj configuration of its own (see the other constructor). */
    public SshjConnection(ConnectionTarget target, SshOptions options, HandshakeThrottle throttle) {
        this(target, options, throttle, new SshClientConfig());
    }

    /**
     * @param target the host and its connection variables
     * @param options run-wide SSH settings
     * @param throttle shared by every connection of the run, so handshakes to one sshd are limited
     * @param config the run's sshj configuration, shared by every connection
     */
    public SshjConnection(ConnectionTarget target, SshOptions options, HandshakeThrottle throttle,
            SshClientConfig config) {
        this(target, options, throttle, config, OutputLimit.defaults());
    }

    /** @param outputLimit the bound on the output of requests that ask for one */
    public SshjConnection(ConnectionTarget target, SshOptions options, HandshakeThrottle throttle,
            SshClientConfig config, OutputLimit outputLimit) {
        this.target = target;
        SshSettingsResolver resolver = new SshSettingsResolver(options.sshDirectory(), options.localUser());
        this.settings = resolver.resolve(target);
        SshClientOpener opener = new SshClientOpener(options, resolver, throttle, config);
        this.pool = new TransportPool(() -> opener.open(settings), options.maxChannelsPerConnection(),
                options.maxConnectionsPerHost());
        this.exec = new ExecChannel(target.timeout().plus(Duration.ofSeconds(2)), outputLimit);
        int channels = options.maxChannelsPerConnection() * options.maxConnectionsPerHost();
        this.streamCapacity = channels - Math.max(1, Math.min(options.maxChannelsPerConnection(), channels / 2));
    }

    @Override
    public ExecResult exec(ExecRequest request) throws ConnectionException {
        // su runs on a terminal, where stderr is stdout: no pid line there (sshd's signal request only)
        PidReport pidReport = request.become() != null && "su".equals(request.become().method()) ? null
                : new PidReport();
        String pidPrefix = pidReport == null ? "" : pidReport.shellPrefix();
        String command = ShellQuote.exports(request.environment()) + request.command();
        BecomeDialog dialog = request.become() == null
                ? new BecomeDialog(BecomeDialog.plain(target.shell(), pidPrefix + command), null, false, null, null, null)
                : BecomeDialog.of(request.become(), target.shell(), command, pidPrefix);
        for (int attempt = 1; ; attempt++) {
            TransportPool.Lease lease = acquire();
            boolean broken = false;
            request.trace().accept(dialog.commandLine());
            try {
                return exec.run(lease.transport().client(), dialog, request.stdin(), request.boundedOutput(),
                        pidReport);
            } catch (ExecChannel.NotStarted e) {
                broken = !(e.getCause() instanceof OpenFailException);
                if (attempt >= OPEN_ATTEMPTS) {
                    throw new ConnectionException(UnreachableMessages.dataNotSent(settings.displayName(), e), e);
                }
            } catch (IOException e) {
                broken = true;
                throw new ConnectionException(UnreachableMessages.dataNotSent(settings.displayName(), e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException("interrupted", e);
            } catch (BecomeException e) {
                throw e;
            } finally {
                pool.release(lease, broken);
            }
        }
    }

    /**
     * Streams a request without become, or with {@code sudo} and no password ({@code sudo -n}: a
     * password that turns out to be needed ends the command at once). A password dialog or {@code su}
     * (a terminal) are not streamed.
     */
    @Override
    public Optional<ExecStream> open(ExecRequest request) throws ConnectionException {
        Become become = request.become();
        if (become != null && (become.password() != null || !"sudo".equals(become.method()))) {
            return Optional.empty();
        }
        String command = ShellQuote.exports(request.environment()) + request.command();
        BecomeDialog dialog = become == null
                ? new BecomeDialog(BecomeDialog.plain(target.shell(), command), null, false, null, null, null)
                : BecomeDialog.of(become, target.shell(), command);
        TransportPool.Lease lease = acquire();
        request.trace().accept(dialog.commandLine());
        try {
            Session session = lease.transport().client().startSession();
            Session.Command started;
            try {
                started = session.exec(dialog.commandLine());
            } catch (IOException e) {
                session.close();
                throw e;
            }
            SshExecStream stream = new SshExecStream(session, started, dialog.marker(), s -> {
                streams.remove(s);
                pool.release(lease, false);
            });
            streams.add(stream);
            return Optional.of(stream);
        } catch (IOException e) {
            pool.release(lease, !(e instanceof OpenFailException));
            throw new ConnectionException(UnreachableMessages.dataNotSent(settings.displayName(), e), e);
        }
    }

    /** All channels but one connection's worth (half of them when there is one connection) stay for exec. */
    @Override
    public int streamCapacity() {
        return streamCapacity;
    }

    @Override
    public void put(byte[] content, String remotePath, int mode) throws ConnectionException {
        withSftp(sftp -> SftpFiles.put(sftp, content, remotePath, mode));
    }

    @Override
    public void fetch(String remotePath, Path localPath) throws ConnectionException {
        withSftp(sftp -> SftpFiles.fetch(sftp, remotePath, localPath));
    }

    private void withSftp(SftpFiles.Action action) throws ConnectionException {
        TransportPool.Lease lease = acquire();
        boolean broken = false;
        try {
            SftpFiles.run(lease.transport().client(), action);
        } catch (SftpFiles.FileError e) {
            throw new ConnectionException(e.getMessage(), e);
        } catch (IOException e) {
            broken = !lease.transport().isAlive();
            throw new ConnectionException(broken ? UnreachableMessages.dataNotSent(settings.displayName(), e)
                    : "SFTP failed on " + settings.displayName() + ": " + e.getMessage(), e);
        } finally {
            pool.release(lease, broken);
        }
    }

    private TransportPool.Lease acquire() throws ConnectionException {
        try {
            return pool.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted", e);
        }
    }

    /** How many SSH handshakes this connection has made (for reuse checks and diagnostics). */
    public int transportsOpened() {
        return pool.transportsOpened();
    }

    @Override
    public int signalRunning(boolean force) {
        return exec.running().signalAll(force ? Signal.KILL : Signal.TERM);
    }

    @Override
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        return exec.running().awaitNone(limit);
    }

    @Override
    public void reset() {
        List.copyOf(streams).forEach(ExecStream::close);
        pool.reset();
    }

    @Override
    public void close() {
        List.copyOf(streams).forEach(ExecStream::close);
        pool.close();
    }
}
