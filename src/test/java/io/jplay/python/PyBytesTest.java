package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PyBytesTest {
    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void wellFormedUtf8IsDecodedAsIs() {
        assertEquals("héllo €𝄞", PyBytes.decodeUtf8("héllo €𝄞".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", PyBytes.decodeUtf8(new byte[0]));
    }

    @Test
    void eachUndecodableByteBecomesItsEscapeSurrogate() {
        // b'a\xffb'.decode('utf-8', 'surrogateescape') == 'a\udcffb'
        assertEquals("a\udcffb", PyBytes.decodeUtf8(bytes('a', 0xff, 'b')));
        // a truncated sequence before ASCII: both bytes escaped, the ASCII kept
        assertEquals("\udce2\udc82A", PyBytes.decodeUtf8(bytes(0xe2, 0x82, 'A')));
        // truncated at the end of the input
        assertEquals("x\udce2\udc82", PyBytes.decodeUtf8(bytes('x', 0xe2, 0x82)));
        // encoded surrogates and overlong forms are not UTF-8 for Python either
        assertEquals("\udced\udca0\udc80", PyBytes.decodeUtf8(bytes(0xed, 0xa0, 0x80)));
        assertEquals("\udcc0\udc80", PyBytes.decodeUtf8(bytes(0xc0, 0x80)));
        // a stray continuation byte between valid characters
        assertEquals("é\udc80é", PyBytes.decodeUtf8(bytes(0xc3, 0xa9, 0x80, 0xc3, 0xa9)));
    }

    @Test
    void decodesInPythonCodecsKeepingBadBytesAsSurrogates() {
        byte[] latin = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xA4};
        assertEquals("caf\u00e9 \u00a4", PyBytes.decode(latin, "latin-1"));
        assertEquals("caf\u00e9 \u00a4", PyBytes.decode(latin, "Latin_1"));
        assertEquals("caf\u00e9 \u20ac", PyBytes.decode(latin, "iso8859-15"));
        assertEquals("caf\udce9 \udca4", PyBytes.decode(latin, "utf8"));
        assertEquals("unknown encoding: nope", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> PyBytes.decode(latin, "nope")).getMessage());
    }
}
