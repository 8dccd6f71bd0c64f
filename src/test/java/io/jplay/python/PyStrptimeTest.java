package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Expected values are what Python 3.11's {@code datetime.strptime} returns for the same input. */
class PyStrptimeTest {

    @Test
    void numbersTakeOneDigitWherePythonsPatternsAllowIt() {
        assertEquals(LocalDateTime.of(2020, 1, 1, 12, 0, 0), PyStrptime.parse("202001011200.0", "%Y%m%d%H%M.%S"));
        assertEquals(LocalDateTime.of(2020, 1, 2, 3, 4, 5), PyStrptime.parse("2020-1-2 3:4:5", "%Y-%m-%d %H:%M:%S"));
        assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), PyStrptime.parse("20200101", "%Y%m%d"));
    }

    @Test
    void namesHalfDaysDaysOfYearAndFractions() {
        assertEquals(LocalDateTime.of(2020, 1, 12, 0, 0), PyStrptime.parse("12 Jan 2020", "%d %b %Y"));
        assertEquals(LocalDateTime.of(1900, 1, 1, 13, 5), PyStrptime.parse("1:05 PM", "%I:%M %p"));
        assertEquals(LocalDateTime.of(2020, 4, 9, 0, 0), PyStrptime.parse("2020 100", "%Y %j"));
        assertEquals(LocalDateTime.of(2020, 1, 1, 12, 0, 0, 500_000_000),
                PyStrptime.parse("2020-01-01 12:00:00.5", "%Y-%m-%d %H:%M:%S.%f"));
        assertEquals(LocalDateTime.of(1999, 1, 1, 0, 0), PyStrptime.parse("99", "%y"));
    }

    @Test
    void errorsArePythonsValueErrors() {
        assertEquals("unconverted data remains: x",
                assertThrows(IllegalArgumentException.class, () -> PyStrptime.parse("2020-01-01x", "%Y-%m-%d")).getMessage());
        assertEquals("day is out of range for month",
                assertThrows(IllegalArgumentException.class, () -> PyStrptime.parse("2020-02-30", "%Y-%m-%d")).getMessage());
        assertEquals("time data 'x' does not match format '%Y'",
                assertThrows(IllegalArgumentException.class, () -> PyStrptime.parse("x", "%Y")).getMessage());
    }
}
