package io.jplay.python;

/**
 * Python's backslash escapes in string literals ({@code unicode-escape}): {@code \n \t \r \a \b \f
 * \v \\ \' \"}, a backslash-newline (nothing), octal {@code \ooo}, {@code \xhh}, {@code \\u} with four hex digits,
 * {@code \\U} with eight, {@code \N{name}}; any other escape keeps its backslash.
 */
public final class PyEscapes {
    private PyEscapes() {
    }

    /**
     * Decodes the escape whose backslash stands just before {@code pos}, appending its text to
     * {@code out}; returns the index after it. Throws {@link IllegalArgumentException} with Python's
     * message for a truncated hex escape or an unknown {@code \N} name.
     */
    public static int decode(String s, int pos, StringBuilder out) {
        char e = s.charAt(pos);
        switch (e) {
            case '\n' -> { return pos + 1; }
            case '\\', '\'', '"' -> out.append(e);
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000b');
            case 'x' -> { return hex(s, pos + 1, 2, "\\xXX", out); }
            case 'u' -> { return hex(s, pos + 1, 4, "\\uXXXX", out); }
            case 'U' -> { return hex(s, pos + 1, 8, "\\UXXXXXXXX", out); }
            case 'N' -> { return named(s, pos + 1, out); }
            default -> {
                if (e >= '0' && e <= '7') {
                    return octal(s, pos, out);
                }
                out.append('\\').append(e);
            }
        }
        return pos + 1;
    }

    /**
     * Python's {@code codecs.escape_decode} of bytes: the escapes of a bytes literal ({@code \n},
     * {@code \xhh}, octal...) become their byte; {@code \\u}, {@code \U} and {@code \N} keep their
     * backslash; a truncated {@code \x} escape throws {@link IllegalArgumentException}.
     */
    public static byte[] escapeDecode(byte[] in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < in.length) {
            byte b = in[i++];
            if (b != '\\' || i >= in.length) {
                out.write(b);
                continue;
            }
            char e = (char) (in[i] & 0xFF);
            int simple = "\\'\"abfnrtv".indexOf(e);
            if (simple >= 0) {
                out.write("\\'\"\u0007\b\f\n\r\t\u000b".charAt(simple));
                i++;
            } else if (e == '\n') {
                i++;
            } else if (e == 'x') {
                boolean twoDigits = i + 2 < in.length && Character.digit((char) in[i + 1], 16) >= 0
                        && Character.digit((char) in[i + 2], 16) >= 0;
                if (!twoDigits) {
                    throw new IllegalArgumentException("invalid \\x escape at position " + (i - 1));
                }
                out.write(Integer.parseInt(new String(in, i + 1, 2, java.nio.charset.StandardCharsets.ISO_8859_1), 16));
                i += 3;
            } else if (e >= '0' && e <= '7') {
                int end = i;
                while (end < in.length && end - i < 3 && in[end] >= '0' && in[end] <= '7') {
                    end++;
                }
                out.write(Integer.parseInt(new String(in, i, end - i, java.nio.charset.StandardCharsets.ISO_8859_1), 8) & 0xFF);
                i = end;
            } else {
                out.write('\\');
            }
        }
        return out.toByteArray();
    }

    private static int hex(String s, int pos, int digits, String form, StringBuilder out) {
        int end = pos;
        while (end < s.length() && end - pos < digits && Character.digit(s.charAt(end), 16) >= 0) {
            end++;
        }
        if (end - pos < digits) {
            throw new IllegalArgumentException("truncated " + form + " escape");
        }
        int cp = (int) Long.parseLong(s.substring(pos, end), 16);
        if (!Character.isValidCodePoint(cp)) {
            throw new IllegalArgumentException("illegal Unicode character");
        }
        out.appendCodePoint(cp);
        return end;
    }

    private static int octal(String s, int pos, StringBuilder out) {
        int end = pos;
        while (end < s.length() && end - pos < 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
            end++;
        }
        out.appendCodePoint(Integer.parseInt(s.substring(pos, end), 8));
        return end;
    }

    private static int named(String s, int pos, StringBuilder out) {
        int close = s.indexOf('}', pos);
        if (pos >= s.length() || s.charAt(pos) != '{' || close < 0) {
            throw new IllegalArgumentException("malformed \\N character escape");
        }
        try {
            out.appendCodePoint(Character.codePointOf(s.substring(pos + 1, close)));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown Unicode character name", ex);
        }
        return close + 1;
    }
}
