package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.result.TaskResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonCallbackTest {

    /** Ids and timestamps differ between runs; everything else must match ansible.posix.json byte for byte. */
    private static String normalise(String json) {
        return json.replaceAll("\"(start|end)\": \"[0-9T:.-]+Z\"", "\"$1\": \"TIME\"")
                .replaceAll("\"id\": \"[^\"]+\"", "\"id\": \"ID\"");
    }

    @Test
    void printsTheSameDocumentAsAnsiblePosixJson() {
        String[] printed = Golden.render("json", "small",
                (out, err) -> new JsonCallback(OutputSettings.defaults(), out, err));
        assertEquals(normalise(Golden.read("json/small.out")), normalise(printed[0]));
        assertEquals("", printed[1]);
    }

    @Test
    void takesIdsAndDurationsFromTheInjectedClockAndGenerator() {
        AtomicInteger next = new AtomicInteger();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T00:00:00Z"));
        StringBuilder out = new StringBuilder();
        JsonCallback json = new JsonCallback(OutputSettings.defaults().withCustomStats(true), out, new StringBuilder(),
                clock, () -> "id-" + next.incrementAndGet(), 0);
        json.playStart(new RunListener.PlayStart("p", List.of("h"), false, "site.yml:1"));
        clock.advance(Duration.ofNanos(1_500_000));
        json.taskStart(new RunListener.TaskStart("t", "ping", false, "site.yml:4", Map.of(), false));
        clock.advance(Duration.ofSeconds(2));
        json.hostResult(new RunListener.HostResult("h", null, "t", "ping",
                TaskResult.of(Map.of("ping", "pong", "changed", false)), false, false, false));
        json.stats(new RunStats(Map.of("h", new RunStats.HostStats(1, 0, 0, 0, 0, 0, 0)),
                Map.of("_run", Map.of("a", 1), "h", Map.of("b", 2))));
        assertEquals("{\"custom_stats\": {\"h\": {\"b\": 2}}, \"global_custom_stats\": {\"a\": 1}, \"plays\": [{\"play\": "
                + "{\"duration\": {\"end\": \"2026-11-30T00:00:02.001500Z\", \"start\": \"2026-11-30T00:00:00Z\"}, "
                + "\"id\": \"id-1\", \"name\": \"p\", \"path\": \"site.yml:1\"}, \"tasks\": [{\"hosts\": {\"h\": "
                + "{\"_ansible_no_log\": false, \"action\": \"ping\", \"changed\": false, \"ping\": \"pong\"}}, "
                + "\"task\": {\"duration\": {\"end\": \"2026-11-30T00:00:02.001500Z\", \"start\": "
                + "\"2026-11-30T00:00:00.001500Z\"}, \"id\": \"id-2\", \"name\": \"t\", \"path\": \"site.yml:4\"}}]}], "
                + "\"stats\": {\"h\": {\"changed\": 0, \"failures\": 0, \"ignored\": 0, \"ok\": 1, \"rescued\": 0, "
                + "\"skipped\": 0, \"unreachable\": 0}}}\n", out.toString());
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
