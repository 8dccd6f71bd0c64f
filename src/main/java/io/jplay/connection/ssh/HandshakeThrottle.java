package io.jplay.connection.ssh;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Limits concurrent SSH handshakes per sshd ({@code host:port}), because OpenSSH's {@code MaxStartups}
 * (default {@code 10:30:100}) drops connections that are still unauthenticated beyond 10. One instance
 * is shared by every connection of a run.
 */
public final class HandshakeThrottle {
    private final int permits;
    private final ConcurrentMap<String, Semaphore> perServer = new ConcurrentHashMap<>();

    public HandshakeThrottle(int permits) {
        this.permits = permits;
    }

    Semaphore forServer(String host, int port) {
        return perServer.computeIfAbsent(host + ":" + port, k -> new Semaphore(permits, true));
    }
}
