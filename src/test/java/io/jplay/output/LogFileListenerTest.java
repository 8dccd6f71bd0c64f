package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LogFileListenerTest {

    private static String normalise(String log) {
        return log.replaceAll("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} p=\\d+ u=\\S+ n=ansible \\| ",
                "STAMP | ");
    }

    @Test
    void writesTheSameRecordsAsAnsiblesLogPath() {
        StringBuilder log = new StringBuilder();
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T00:36:39.123Z"), ZoneOffset.UTC);
        RunListener listener = new LogFileListener(OutputSettings.defaults(), log, clock, 4242, "root");
        EventScript.replay(Golden.read("default/color.events"), listener);
        assertEquals(normalise(Golden.read("default/color.log")), normalise(log.toString()));
    }

    @Test
    void prefixesEachRecordWithLocalTimeMillisecondsPidUserAndLoggerName() {
        StringBuilder log = new StringBuilder();
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T00:36:39.123456Z"), ZoneId.of("Europe/Berlin"));
        new LogFileListener(OutputSettings.defaults(), log, clock, 77, "deploy").noHostsMatched();
        assertEquals("2026-11-30 01:36:39,123 p=77 u=deploy n=ansible | skipping: no hosts matched\n", log.toString());
    }

    @Test
    void compositeSendsEveryEventToEachListenerInOrder() {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        EventScript.replay(Golden.read("default/more.events"), CompositeListener.of(first, second));
        assertEquals(first.events(), second.events());
        assertEquals("playStart", first.names().get(0));
        assertEquals("stats", first.names().get(first.names().size() - 1));
    }
}
