package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.testing.SshdServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("ssh")
class SshjConnectionConcurrencyTest {
    /** OpenSSH's defaults, so both the channel cap and the handshake throttle are exercised. */
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create().withConfig("MaxSessions 10", "MaxStartups 10:30:100");

    @Test
    void thirtyConcurrentCommandsOnOneTargetStayWithinMaxSessions() throws Exception {
        try (TransportFactory factory = new TransportFactory(SSHD.sshOptions())) {
            SshjConnection connection = (SshjConnection) factory.connect(SSHD.target("h1"));
            ExecutorService pool = Executors.newFixedThreadPool(30);
            try {
                List<Future<ExecResult>> results = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    String n = Integer.toString(i);
                    results.add(pool.submit(() -> connection.exec(ExecRequest.of("sleep 0.3; echo " + n))));
                }
                for (int i = 0; i < 30; i++) {
                    ExecResult r = results.get(i).get();
                    assertEquals(0, r.rc(), r.stderrText());
                    assertEquals(i + "\n", r.stdoutText());
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(connection.transportsOpened() >= 1 && connection.transportsOpened() <= 4,
                    "opened " + connection.transportsOpened());
        }
    }

    @Test
    void fiftyHostsConnectInParallelDespiteMaxStartups() throws Exception {
        HandshakeThrottle throttle = new HandshakeThrottle(8);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                ConnectionTarget target = SSHD.target(String.format("h%03d", i));
                results.add(pool.submit(() -> {
                    try (Connection c = new SshjConnection(target, SSHD.sshOptions(), throttle)) {
                        return c.exec(ExecRequest.of("echo " + target.inventoryName())).stdoutText().strip();
                    }
                }));
            }
            for (int i = 0; i < 50; i++) {
                assertEquals(String.format("h%03d", i), results.get(i).get());
            }
            System.out.printf("[ssh timing] 50 connections in parallel: %.0f ms wall%n", (System.nanoTime() - start) / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }
}
