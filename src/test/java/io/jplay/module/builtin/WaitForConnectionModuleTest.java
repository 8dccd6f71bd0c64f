package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplay.clock.Sleeper;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.TestActions;
import io.jplay.module.TestModuleContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitForConnectionModuleTest {
    /** A clock that only the sleeper moves. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        sleeps.add(d);
        clock.now = clock.now.plus(d);
    };

    /** A ping that fails {@code failures} times, then answers pong. */
    private static Module ping(int failures, List<Map<String, Object>> calls) {
        return new Module() {
            @Override
            public String name() {
                return "ping";
            }

            @Override
            public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
                calls.add(ctx.args());
                if (calls.size() <= failures) {
                    throw new ModuleException("MODULE FAILURE");
                }
                return Map.of("changed", false, "ping", "pong");
            }
        };
    }

    private TestModuleContext task(Module ping, Object... args) {
        return TestModuleContext.of(args).actions(new TestActions().module("ansible.legacy.ping", ping));
    }

    @Test
    void waitsForTheDelayThenPingsUntilPongAndReportsWholeSecondsElapsed() throws Exception {
        List<Map<String, Object>> calls = new ArrayList<>();
        Map<String, Object> r = new WaitForConnectionModule(sleeper, clock)
                .run(task(ping(2, calls), "delay", "3", "sleep", 2, "timeout", 10));
        assertEquals(Map.of("elapsed", 7L), r);
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeps);
        assertEquals(List.of(Map.of(), Map.of(), Map.of()), calls);
    }

    @Test
    void failsWithThePluginsMessageWhenPingNeverAnswersBeforeTheTimeout() throws Exception {
        List<Map<String, Object>> calls = new ArrayList<>();
        Map<String, Object> r = new WaitForConnectionModule(sleeper, clock)
                .run(task(ping(100, calls), "timeout", 5));
        assertEquals(true, r.get("failed"));
        assertEquals("timed out waiting for ping module test: 'ping'", r.get("msg"));
        assertEquals(5L, r.get("elapsed"));
        assertEquals(5, calls.size());
    }

    @Test
    void skipsUnderCheckModeWithoutPinging() throws Exception {
        List<Map<String, Object>> calls = new ArrayList<>();
        Map<String, Object> r = new WaitForConnectionModule(sleeper, clock)
                .run(task(ping(0, calls), "delay", 1).checkMode(true));
        assertEquals(Map.of("skipped", true), r);
        assertEquals(List.of(), calls);
        assertEquals(List.of(), sleeps);
    }

    @Test
    void refusesUnknownOptionsAsActionBaseDoes() {
        ModuleException e = assertThrows(ModuleException.class, () -> new WaitForConnectionModule(sleeper, clock)
                .run(task(ping(0, new ArrayList<>()), "foo", "bar", "timeout", 1)));
        assertEquals("Invalid options for wait_for_connection: foo", e.getMessage());
        assertEquals("NoneType: None\n", e.toResult().get("exception"));
    }

    @Test
    void readsItsNumbersWithPythonsInt() {
        ModuleException e = assertThrows(ModuleException.class, () -> new WaitForConnectionModule(sleeper, clock)
                .run(task(ping(0, new ArrayList<>()), "timeout", "soon")));
        assertEquals("invalid literal for int() with base 10: 'soon'", e.getMessage());
    }
}
