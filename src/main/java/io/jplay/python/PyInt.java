package io.jplay.python;

import java.math.BigInteger;

/**
 * Python's {@code int(text, base)} for text: surrounding white space ignored, an optional sign, base
 * prefixes ({@code 0x}, {@code 0o}, {@code 0b}) where the base allows them, single underscores between
 * digits, any script's decimal digits, no size limit. Anything else is refused with Python's own
 * message, the text shown as its {@code repr}.
 */
public final class PyInt {
    private PyInt() {
    }

    /**
     * Python's {@code int(text)}: base 10.
     *
     * @throws NumberFormatException with {@code invalid literal for int() with base 10: '...'}
     */
    public static BigInteger parse(String text) {
        return big(parse(text, 10));
    }

    /** As {@link #parse(String)}, with values beyond {@code int} held at {@link Integer#MIN_VALUE}/{@link Integer#MAX_VALUE}. */
    public static int parseSaturated(String text) {
        BigInteger v = parse(text);
        if (v.bitLength() < 32) {
            return v.intValue();
        }
        return v.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /**
     * Python's {@code int(text, base)} ({@code base} 0 reads the prefix and, like Python, rejects leading
     * zeros in decimals); the result is a {@code Long} or, when it does not fit, a {@code BigInteger}.
     *
     * @throws NumberFormatException with Python's {@code invalid literal for int() with base N: '...'}
     */
    public static Number parse(String text, int base) {
        String s = asciiDigits(stripWhitespace(text));
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        int radix = base;
        String lower = s.toLowerCase();
        if (lower.length() > 1 && lower.charAt(0) == '0' && "xob".indexOf(lower.charAt(1)) >= 0
                && (base == 0 || base == prefixRadix(lower.charAt(1)))) {
            radix = prefixRadix(lower.charAt(1));
            s = s.substring(2);
            if (s.startsWith("_")) {
                s = s.substring(1);
            }
        } else if (base == 0) {
            radix = 10;
            if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").matches("0+")) {
                throw invalid(text, base);
            }
        }
        if (s.isEmpty() || "+-_".indexOf(s.charAt(0)) >= 0 || s.endsWith("_") || s.contains("__")) {
            throw invalid(text, base);
        }
        try {
            BigInteger value = new BigInteger(s.replace("_", ""), radix);
            value = negative ? value.negate() : value;
            return value.bitLength() < 64 ? (Number) value.longValue() : value;
        } catch (NumberFormatException e) {
            throw invalid(text, base);
        }
    }

    private static int prefixRadix(char c) {
        return switch (c) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
        };
    }

    private static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    /** Python first turns every Unicode decimal digit into its ASCII form; other characters stay. */
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp > 127 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static NumberFormatException invalid(String text, int base) {
        return new NumberFormatException("invalid literal for int() with base " + base + ": " + PyRepr.repr(text));
    }

    /** Python's {@code str.strip()}: Unicode whitespace (and the ASCII separators 0x1c-0x1f) at both ends. */
    private static String stripWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && PyText.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && PyText.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

}
