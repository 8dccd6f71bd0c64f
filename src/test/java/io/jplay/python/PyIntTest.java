package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values recorded from Python 3's {@code int(text, base)}. */
class PyIntTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0x10|0|16", "' -0o17 '|0|-15", "1_000|0|1000", "0b101|0|5", "0|0|0",
            "00|0|0", "+7|0|7", "ff|16|255", "0xff|16|255", "10|8|8"})
    void parsesAsPython(String text, int base, long expected) {
        assertEquals(expected, PyInt.parse(text, base));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010", "A", "", "1__0", "_1", "--1", "0x", "1 2", "0b2"})
    void rejectsAsPython(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> PyInt.parse(text, 0));
        assertEquals("invalid literal for int() with base 0: " + PyRepr.repr(text), e.getMessage());
    }

    @Test
    void bigValuesStayExact() {
        assertEquals(new BigInteger("18446744073709551616"), PyInt.parse("0x10000000000000000", 0));
    }
}
