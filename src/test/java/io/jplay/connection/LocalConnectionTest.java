package io.jplay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LocalConnectionTest {
    private final LocalConnection local = new LocalConnection(null);

    @Test
    void largeOutputsOnBothStreamsAndALargeInputDoNotBlock() throws Exception {
        byte[] input = "x".repeat(1 << 20).getBytes();
        // writes 1 MiB to stderr and stdout before it reads its input
        ExecResult r = local.exec(new ExecRequest(
                "head -c 1048576 /dev/zero >&2; head -c 1048576 /dev/zero; wc -c", input, Map.of(), null));
        assertEquals(0, r.rc());
        assertEquals(1 << 20, r.stderr().length);
        assertEquals((1 << 20) + "1048576\n".length(), r.stdout().length);
        assertEquals("1048576", new String(r.stdout(), 1 << 20, 7));
    }

    @Test
    void manyForksAtOnceWithLargeOutputsAllFinish() throws Exception {
        ExecutorService forks = Executors.newFixedThreadPool(16);
        try {
            List<Future<ExecResult>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(forks.submit(() -> local.exec(ExecRequest.of(
                        "head -c 200000 /dev/zero >&2; head -c 300000 /dev/zero"))));
            }
            for (Future<ExecResult> f : results) {
                ExecResult r = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(300000, r.stdout().length);
                assertEquals(200000, r.stderr().length);
            }
        } finally {
            forks.shutdownNow();
        }
    }
}
