package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values recorded from Python 3.11's {@code repr()}. */
class PyReprTest {

    @Test
    void escapesWhatPythonCannotPrint() {
        assertEquals("'\\x85\\xa0\\xad\\u2028\\ue000 é\\x7f\\x1b'", PyRepr.repr("\u0085\u00a0\u00ad\u2028\ue000 é\u007f\u001b"));
        assertEquals("\"it's\"", PyRepr.repr("it's"));
        assertEquals("'\\U000e0001'", PyRepr.repr(new String(Character.toChars(0xe0001))));
        assertEquals("'😀'", PyRepr.repr("😀"));
        assertEquals("['a', None, True]", PyRepr.repr(java.util.Arrays.asList("a", null, true)));
        assertEquals("[1, 2.5]", PyRepr.repr(List.of(1L, 2.5)));
    }

    @Test
    void floatsAreShortestRoundTrip() {
        assertEquals("0.30000000000000004", PyFloat.repr(0.1 + 0.2));
        assertEquals("2.82879384806159e+17", PyFloat.repr(2.82879384806159e17));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("1e-05", PyFloat.repr(1e-5));
        assertEquals("5e-324", PyFloat.repr(4.9e-324));
        assertEquals("1.7976931348623157e+308", PyFloat.repr(Double.MAX_VALUE));
        assertEquals("2e+23", PyFloat.repr(2e23));
    }
}
