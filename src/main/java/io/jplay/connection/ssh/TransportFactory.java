package io.jplay.connection.ssh;

import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionFactory;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.LocalConnection;
import io.jplay.connection.OutputLimit;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's {@link ConnectionFactory}: {@code local} targets get a {@link LocalConnection}, {@code ssh}
 * targets an {@link SshjConnection}. One connection per {@link ConnectionTarget#transportKey()} is
 * kept for the whole run and handed to every task of that host; {@link #close()} closes them all.
 * Thread-safe. It lives beside the SSH transport because it is the one class that knows both
 * transports; {@code connection} itself knows no transport but {@code local}.
 *
 * <p>At most {@code openTargets} SSH targets keep their connections open: using one more closes the
 * connections of the least recently used target (at once when idle, else when its command ends;
 * its next use connects again). Each open connection holds a socket, two sshj threads and their
 * buffers, so this keeps a run over thousands of hosts at a flat size.
 */
public final class TransportFactory implements ConnectionFactory {
    private final SshOptions sshOptions;
    private final HandshakeThrottle throttle;
    private final SshClientConfig sshConfig;
    /** How many SSH targets keep their connections open by default. */
    public static final int DEFAULT_OPEN_TARGETS = 1024;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final RecentlyUsed<Connection> open;
    private final OutputLimit outputLimit;

    public TransportFactory(SshOptions sshOptions) {
        this(sshOptions, new SshClientConfig(), DEFAULT_OPEN_TARGETS);
    }

    /**
     * @param sshConfig the run's sshj configuration, perhaps already being built ({@link SshClientConfig#warmUp()})
     * @param openTargets how many SSH targets keep their connections open between uses (at least 1)
     */
    public TransportFactory(SshOptions sshOptions, SshClientConfig sshConfig, int openTargets) {
        this(sshOptions, sshConfig, openTargets, OutputLimit.defaults());
    }

    /** @param outputLimit the bound on the output of requests that ask for one ({@code output_max_bytes}) */
    public TransportFactory(SshOptions sshOptions, SshClientConfig sshConfig, int openTargets,
            OutputLimit outputLimit) {
        this.outputLimit = outputLimit;
        this.sshOptions = sshOptions;
        this.throttle = new HandshakeThrottle(sshOptions.maxConcurrentHandshakes());
        this.sshConfig = sshConfig;
        this.open = new RecentlyUsed<>(openTargets);
    }

    @Override
    public Connection connect(ConnectionTarget target) throws ConnectionException {
        String type = target.type() == null ? "ssh" : target.type();
        if (!type.equals("local") && !type.equals("ssh") && !type.equals("smart") && !type.equals("paramiko")) {
            throw new ConnectionException("the connection plugin '" + type + "' was not found");
        }
        String key = target.transportKey();
        Connection connection = connections.computeIfAbsent(key, k -> type.equals("local")
                ? new LocalConnection(target.shell(), outputLimit)
                : new SshjConnection(target, sshOptions, throttle, sshConfig, outputLimit));
        if (connection instanceof SshjConnection) {
            // the pushed-out target closes its transports; the object stays and reconnects on its next use
            open.use(key, connection).forEach(Connection::reset);
        }
        return connection;
    }

    @Override
    public boolean stopRunning(Duration grace) throws InterruptedException {
        List<Connection> open = List.copyOf(connections.values());
        int signalled = 0;
        for (Connection c : open) {
            signalled += c.signalRunning(false);
        }
        if (signalled == 0 || awaitIdle(open, grace)) {
            return true;
        }
        open.forEach(c -> c.signalRunning(true));
        return awaitIdle(open, grace);
    }

    private static boolean awaitIdle(List<Connection> open, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Connection c : open) {
            if (!c.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        List<Connection> open = new ArrayList<>(connections.values());
        connections.clear();
        open.forEach(Connection::close);
    }
}
