package io.jplay.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitTest {
    @Test
    void returnsOnceTheConditionHolds() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Await.until("the third check", Duration.ofSeconds(5), () -> checks.incrementAndGet() == 3);
        assertEquals(3, checks.get());
    }

    @Test
    void failsNamingWhatItWaitedForAfterTheLimit() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Await.until("a file that never appears", Duration.ofMillis(50), () -> false));
        assertTrue(e.getMessage().contains("a file that never appears"), e.getMessage());
    }

    @Test
    void anExceptionFromTheConditionEndsTheWait() {
        assertThrows(IOException.class, () -> Await.until("x", Duration.ofSeconds(5), () -> {
            throw new IOException("gone");
        }));
    }
}
