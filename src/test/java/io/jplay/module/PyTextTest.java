package io.jplay.module;

import io.jplay.python.PyRepr;
import io.jplay.python.PyText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyTextTest {

    @Test
    void splitlinesDropsTrailingBreakAndSplitsCarriageReturns() {
        assertEquals(List.of("a", "b", "", "c"), PyText.splitlines("a\r\nb\n\rc\n"));
        assertEquals(List.of(), PyText.splitlines(""));
    }

    @Test
    void timedeltaLooksLikePython() {
        assertEquals("0:00:00.003456", PyText.timedelta(Duration.ofNanos(3_456_000)));
        assertEquals("0:00:01", PyText.timedelta(Duration.ofSeconds(1)));
        assertEquals("1 day, 1:01:01.000001", PyText.timedelta(Duration.ofSeconds(90061).plusNanos(1000)));
    }

    @Test
    void datetimeHasMicroseconds() {
        assertEquals("2026-11-30 00:36:39.123456",
                PyText.datetime(LocalDateTime.of(2026, 11, 30, 0, 36, 39, 123_456_000)));
    }

    @Test
    void reprQuotesLikePython() {
        assertEquals("\"it's\"", PyRepr.repr("it's"));
        assertEquals("'a\\nb'", PyRepr.repr("a\nb"));
        assertEquals("[1.0, None, False]", PyRepr.repr(java.util.Arrays.asList(1.0, null, false)));
    }

    @Test
    void bytesReprEscapesNonAscii() {
        assertEquals("b'caf\\xc3\\xa9'", PyRepr.bytesRepr("café"));
    }
}
