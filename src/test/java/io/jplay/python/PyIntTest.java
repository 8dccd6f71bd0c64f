package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values are what Python 3's {@code int(text)} and {@code int(text, base)} give. */
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

    @Test
    void acceptsWhatPythonAccepts() {
        assertEquals(BigInteger.valueOf(10), PyInt.parse("1_0"));
        assertEquals(BigInteger.valueOf(7), PyInt.parse("+7"));
        assertEquals(BigInteger.valueOf(-3), PyInt.parse(" -3\t\n"));
        assertEquals(BigInteger.valueOf(42), PyInt.parse("\u0664\u0662"));
        assertEquals(BigInteger.valueOf(5), PyInt.parse("\u00a05\u2003"));
        assertEquals(new BigInteger("99999999999999999999"), PyInt.parse("99999999999999999999"));
    }

    @Test
    void refusesWithPythonsMessage() {
        for (String bad : new String[] {"", " ", "abc", "1.5", "1__0", "_1", "1_", "+", "0x10", "1 2", "--1"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> PyInt.parse(bad), bad);
            assertEquals("invalid literal for int() with base 10: " + PyRepr.repr(bad), e.getMessage());
        }
        assertEquals("invalid literal for int() with base 10: \"a'b\"",
                assertThrows(NumberFormatException.class, () -> PyInt.parse("a'b")).getMessage());
    }

    @Test
    void saturatesBeyondInt() {
        assertEquals(Integer.MAX_VALUE, PyInt.parseSaturated("99999999999999999999"));
        assertEquals(Integer.MIN_VALUE, PyInt.parseSaturated("-99999999999999999999"));
        assertEquals(2147483647, PyInt.parseSaturated("2147483647"));
        assertEquals(-2147483648, PyInt.parseSaturated("-2147483648"));
    }
}
