package io.jplay.python;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes that become text the way Ansible turns command output into text: its
 * {@code to_text(b, errors='surrogate_or_replace')}, which on Python 3 is
 * {@code b.decode('utf-8', 'surrogateescape')}. Every byte that is not part of a well-formed UTF-8
 * sequence becomes the lone surrogate {@code U+DC00 + byte} (0xFF becomes U+DCFF), so the value
 * keeps the bytes; shown on a terminal it prints as {@code ?}, in JSON as {@code "\udcff"}.
 */
public final class PyBytes {
    private PyBytes() {
    }

    /** The UTF-8 text of {@code bytes}, with each undecodable byte as its escape surrogate. */
    public static String decodeUtf8(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    /** {@code bytes.decode(encoding, 'surrogateescape')}; {@code encoding} is a Python codec name. */
    public static String decode(byte[] bytes, String encoding) {
        return decode(bytes, charset(encoding));
    }

    /**
     * {@code text.encode(encoding)}: Python's {@code utf-16} and {@code utf-32} write a byte-order mark and then
     * little-endian units (the machine's order on x86 and ARM), where Java's write big-endian.
     *
     * @throws IllegalArgumentException {@code unknown encoding: NAME}, as Python's LookupError
     */
    public static byte[] encode(String text, String encoding) {
        Charset charset = charset(encoding);
        String name = charset.name();
        if (name.equals("UTF-16") || name.equals("UTF-32")) {
            return ("\ufeff" + text).getBytes(Charset.forName(name + "LE"));
        }
        return text.getBytes(charset);
    }

    /**
     * The charset of a Python codec name ({@code utf-8}, {@code latin-1}, {@code iso8859-15}, {@code cp1252}...).
     *
     * @throws IllegalArgumentException {@code unknown encoding: NAME}, as Python's LookupError
     */
    public static Charset charset(String encoding) {
        String name = encoding.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        name = name.replaceFirst("^latin-(\\d+)$", "latin$1").replaceFirst("^iso-?8859-(\\d+)$", "iso-8859-$1");
        name = name.replaceFirst("^(utf-(16|32))-(le|be)$", "$1$3");
        name = name.equals("u8") || name.equals("utf") || name.equals("utf8") ? "utf-8" : name;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding: " + encoding, e);
        }
    }

    private static String decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put((char) (0xDC00 | (in.get() & 0xFF)));
                }
            } else {
                throw new IllegalStateException("a decoder never needs more chars than bytes: " + result);
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
