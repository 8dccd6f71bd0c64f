package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.ConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.schmizz.sshj.SSHClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The channel pool of one target when many hosts start at once (the aliases of one sshd, or many
 * forks on one host): how many connections it opens and what the callers waiting for an open get.
 */
class TransportPoolTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final SshClientConfig config = new SshClientConfig();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    /** An SSHClient that counts as connected and authenticated without any network. */
    private SshTransport fakeTransport() {
        return new SshTransport(new SSHClient(config.get()) {
            @Override
            public boolean isConnected() {
                return true;
            }

            @Override
            public boolean isAuthenticated() {
                return true;
            }

            @Override
            public void disconnect() {
            }
        }, List.of());
    }

    @Test
    void twentyCallersOnTenChannelsOpenTwoConnectionsNotThree() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        CountDownLatch handshakes = new CountDownLatch(1);
        TransportPool pool = new TransportPool(() -> {
            opens.incrementAndGet();
            await(handshakes);
            return fakeTransport();
        }, 10, 4);
        List<Future<TransportPool.Lease>> leases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            leases.add(callers.submit(pool::acquire));
        }
        awaitOpens(opens, 2); // and the other 18 reach their wait
        handshakes.countDown();
        for (Future<TransportPool.Lease> lease : leases) {
            lease.get(10, TimeUnit.SECONDS); // every caller holds a channel at the same time
        }
        assertEquals(2, opens.get(), "20 channels at once need two connections of 10");
        assertEquals(2, pool.transportsOpened());
        pool.close();
    }

    @Test
    void callersWaitingForAFailedOpenGetItsFailureInsteadOfConnectingAgain() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        CountDownLatch handshake = new CountDownLatch(1);
        TransportPool pool = new TransportPool(() -> {
            opens.incrementAndGet();
            await(handshake);
            throw new ConnectionException("Failed to connect to the host via ssh: ssh: connect to host 192.0.2.1"
                    + " port 22: Connection timed out");
        }, 10, 4);
        List<Future<TransportPool.Lease>> leases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leases.add(callers.submit(pool::acquire));
        }
        awaitOpens(opens, 1);
        handshake.countDown();
        for (Future<TransportPool.Lease> lease : leases) {
            Throwable failure = null;
            try {
                lease.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failure = e.getCause();
            }
            assertTrue(failure instanceof ConnectionException && failure.getMessage().contains("Connection timed out"),
                    "every caller sees the connect failure: " + failure);
        }
        assertEquals(1, opens.get(), "one connect timeout for all five, not five one after another");
        pool.close();
    }

    /** Waits until the opener has been called {@code n} times, then a little for the other callers to wait. */
    private static void awaitOpens(AtomicInteger opens, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (opens.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
