package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {
    @Test
    void usingOneMoreThanTheLimitPushesOutTheLeastRecentlyUsed() {
        RecentlyUsed<String> open = new RecentlyUsed<>(2);
        assertEquals(List.of(), open.use("a", "A"));
        assertEquals(List.of(), open.use("b", "B"));
        assertEquals(List.of(), open.use("a", "A"), "a used again: now b is the oldest");
        assertEquals(List.of("B"), open.use("c", "C"));
        assertEquals(List.of("A"), open.use("b", "B"));
        assertEquals(2, open.size());
    }

    @Test
    void thousandsOfTargetsKeepAtMostTheLimit() {
        RecentlyUsed<Integer> open = new RecentlyUsed<>(64);
        int pushedOut = 0;
        for (int i = 0; i < 2000; i++) {
            pushedOut += open.use("h" + i, i).size();
        }
        assertEquals(64, open.size());
        assertEquals(2000 - 64, pushedOut);
    }
}
