package io.jplay.connection.ssh;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;

/**
 * Bounds the whole opening of one SSH connection (TCP connect, the server's banner, key exchange and
 * authentication) by the configured timeout ({@code -T}, {@code timeout}, {@code ConnectTimeout}).
 * sshj reads the server's identification with a blocking read and no limit, so a host that accepts
 * TCP but never speaks would hang the run; when the deadline passes first, the transport is killed,
 * which unblocks every step waiting on it, and {@link #expiredDuring()} names the step for the
 * message. The timer is the JDK's shared delay scheduler: no thread per connection
 * unless its deadline passes.
 */
final class HandshakeDeadline implements AutoCloseable {

    /** The step that was under way when the deadline passed. */
    enum Step {
        /** The TCP connection itself was not yet made (a cut or filtered link). */
        CONNECT("connect"),
        BANNER("banner exchange"), KEY_EXCHANGE("key exchange"), AUTHENTICATION("authentication");

        final String text;

        Step(String text) {
            this.text = text;
        }
    }

    private final SSHClient client;
    private final CompletableFuture<Void> timer;
    private volatile boolean keysExchanged;
    private volatile Step expiredDuring;
    private volatile Closeable tunnel;
    private volatile boolean fired;

    private HandshakeDeadline(SSHClient client, Duration limit) {
        this.client = client;
        this.timer = CompletableFuture.runAsync(this::expire, CompletableFuture.delayedExecutor(
                Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS, HandshakeDeadline::runOnOwnThread));
    }

    static HandshakeDeadline start(SSHClient client, Duration limit) {
        return new HandshakeDeadline(client, limit);
    }

    /**
     * The expiry runs on a thread of its own, started only when a deadline passes: the common
     * fork-join pool may be busy with the very connects the deadline must interrupt (on a two-core
     * machine it has one worker).
     */
    private static void runOnOwnThread(Runnable expiry) {
        Thread thread = new Thread(expiry, "ssh-handshake-deadline");
        thread.setDaemon(true);
        thread.start();
    }

    /** Key exchange is over: what remains is authentication. */
    void keysExchanged() {
        keysExchanged = true;
    }

    /** The step the deadline passed in, or {@code null} while it has not passed. */
    Step expiredDuring() {
        if (!fired) {
            return null;
        }
        timer.join();
        return expiredDuring;
    }

    /** Opening goes through a jump host's tunnel: on expiry, closing it ends a read on it. */
    void watch(Closeable tunnel) {
        this.tunnel = tunnel;
    }

    /**
     * Closes what the connect reads from first, which ends a read waiting for the banner (sshj holds
     * the transport's state while it waits), then names the step and kills the transport, which ends
     * a wait for key exchange or authentication.
     */
    private void expire() {
        fired = true;
        boolean connected = tunnel != null || (client.getSocket() != null && client.getSocket().isConnected());
        closeQuietly(client.getSocket());
        closeQuietly(tunnel);
        Step step = !connected ? Step.CONNECT : !bannerReceived() ? Step.BANNER
                : keysExchanged ? Step.AUTHENTICATION : Step.KEY_EXCHANGE;
        expiredDuring = step;
        try {
            client.getTransport().die(new SocketTimeoutException("Connection timed out during " + step.text));
        } catch (RuntimeException e) {
            // the transport was not started: closing the socket ended the connect
        }
    }

    /** sshj's version getter fails on the empty identification it starts with. */
    private boolean bannerReceived() {
        try {
            String version = client.getTransport().getServerVersion();
            return version != null && !version.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Stops the timer: the connection is open (or failed on its own). */
    @Override
    public void close() {
        timer.cancel(false);
    }
}
