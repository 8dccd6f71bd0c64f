package io.jplay.python;

import java.io.ByteArrayOutputStream;

/**
 * Python's {@code base64.b64decode(data)} without {@code validate}: characters outside the alphabet are
 * skipped, a complete pad ends the input, and a short last group is refused with Python's messages.
 */
public final class PyBase64 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private PyBase64() {
    }

    /**
     * The bytes {@code text} encodes.
     *
     * @throws IllegalArgumentException with {@code Incorrect padding} or
     *     {@code Invalid base64-encoded string: number of data characters (N) cannot be 1 more than a multiple of 4}
     */
    public static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int quadPos = 0;
        int pads = 0;
        int bits = 0;
        int dataChars = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '=') {
                pads++;
                if (quadPos >= 2 && quadPos + pads >= 4) {
                    writePartial(out, bits, quadPos);
                    return out.toByteArray();
                }
                continue;
            }
            int v = ALPHABET.indexOf(ch);
            if (v < 0) {
                continue;
            }
            pads = 0;
            dataChars++;
            bits = (bits << 6) | v;
            quadPos = (quadPos + 1) % 4;
            if (quadPos == 0) {
                out.write((bits >> 16) & 0xFF);
                out.write((bits >> 8) & 0xFF);
                out.write(bits & 0xFF);
                bits = 0;
            }
        }
        return finish(out, quadPos, dataChars);
    }

    private static void writePartial(ByteArrayOutputStream out, int bits, int quadPos) {
        if (quadPos == 2) {
            out.write((bits >> 4) & 0xFF);
        } else {
            out.write((bits >> 10) & 0xFF);
            out.write((bits >> 2) & 0xFF);
        }
    }

    private static byte[] finish(ByteArrayOutputStream out, int quadPos, int dataChars) {
        if (quadPos == 1) {
            throw new IllegalArgumentException("Invalid base64-encoded string: number of data characters ("
                    + dataChars + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw new IllegalArgumentException("Incorrect padding");
        }
        return out.toByteArray();
    }
}
