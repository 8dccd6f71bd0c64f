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

    /** Python's results, including where long overflows and the value must become a BigInteger. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "add|9223372036854775807|1|9223372036854775808",
        "add|-9223372036854775808|-1|-9223372036854775809",
        "subtract|-9223372036854775808|1|-9223372036854775809",
        "multiply|9223372036854775807|2|18446744073709551614",
        "multiply|-9223372036854775808|-1|9223372036854775808",
        "multiply|3037000500|3037000500|9223372037000250000",
        "floorDiv|-9223372036854775808|-1|9223372036854775808",
        "floorDiv|-100000000000000000000|7|-14285714285714285715",
        "floorDiv|100000000000000000000|-7|-14285714285714285715",
        "floorDiv|-7|2|-4",
        "floorMod|-100000000000000000000|7|5",
        "floorMod|100000000000000000000|-7|-5",
        "floorMod|-7|1180591620717411303424|1180591620717411303417",
        "floorMod|-7|3|2",
        "pow|2|64|18446744073709551616",
        "pow|-3|41|-36472996377170786403",
        "pow|7|0|1",
        "pow|-1|1180591620717411303425|-1",
        "pow|10|20|100000000000000000000",
        "pow|3|3|27"})
    void arithmeticIsPythonsAndPromotesOnOverflow(String op, String a, String b, String expected) {
        Number x = PyInt.of(new BigInteger(a));
        Number y = PyInt.of(new BigInteger(b));
        Number r = switch (op) {
            case "add" -> PyInt.add(x, y);
            case "subtract" -> PyInt.subtract(x, y);
            case "multiply" -> PyInt.multiply(x, y);
            case "floorDiv" -> PyInt.floorDiv(x, y);
            case "floorMod" -> PyInt.floorMod(x, y);
            default -> PyInt.pow(x, y);
        };
        assertEquals(PyInt.of(new BigInteger(expected)), r);
        // one Java form per value: a Long whenever it fits, so equals/hashCode match Python's ==
        assertEquals(new BigInteger(expected).bitLength() < 64, r instanceof Long);
    }

    @Test
    void intsMeetFloatsExactlyAsPython() {
        Number big = PyInt.pow(2L, 53L);
        assertEquals(false, PyInt.equals(PyInt.add(big, 1L), 0x1p53));
        assertEquals(true, PyInt.equals(PyInt.pow(2L, 64L), 0x1p64));
        assertEquals(-1, PyInt.compareFloat(PyInt.pow(2L, 63L), 9.3e18));
        assertEquals(1, PyInt.compareFloat(Long.MIN_VALUE, Double.NEGATIVE_INFINITY));
        assertEquals(2, PyInt.compareFloat(1L, Double.NaN));
        assertEquals(3.333333333333333e+19, PyInt.trueDivide(PyInt.pow(10L, 20L), 3L));
        assertEquals(3.935305402391371e+20, PyInt.trueDivide(PyInt.pow(2L, 70L), 3L));
        assertEquals(0.5, PyInt.pow(2L, -1L));
        assertEquals(new BigInteger("-25000000000000000000"), PyInt.fromDouble(-2.5e19));
        assertEquals(3L, PyInt.fromDouble(3.99));
    }

    @Test
    void refusesWhatPythonRefusesWithItsMessage() {
        assertEquals("integer division or modulo by zero",
                assertThrows(ArithmeticException.class, () -> PyInt.floorDiv(1L, 0L)).getMessage());
        assertEquals("0.0 cannot be raised to a negative power",
                assertThrows(ArithmeticException.class, () -> PyInt.pow(0L, -1L)).getMessage());
        assertEquals("int too large to convert to float",
                assertThrows(ArithmeticException.class, () -> PyInt.toDouble(PyInt.pow(10L, 400L))).getMessage());
        assertEquals("integer division result too large for a float",
                assertThrows(ArithmeticException.class, () -> PyInt.trueDivide(PyInt.pow(10L, 400L), 3L)).getMessage());
        assertEquals("cannot convert float infinity to integer",
                assertThrows(ArithmeticException.class, () -> PyInt.fromDouble(Double.POSITIVE_INFINITY)).getMessage());
    }
}
