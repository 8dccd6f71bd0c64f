package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Expected values are what Python 3's {@code int(text)} gives. */
class PyIntTest {
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
