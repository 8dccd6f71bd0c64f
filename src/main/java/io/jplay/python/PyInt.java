package io.jplay.python;

import java.math.BigInteger;

/**
 * Python's {@code int(text)} in base 10: surrounding whitespace ignored, an optional sign, decimal
 * digits (any script's) with single underscores allowed between them, no size limit. Anything else
 * is refused with Python's own message, the text shown as its {@code repr}.
 */
public final class PyInt {
    private PyInt() {
    }

    /**
     * The integer {@code text} spells.
     *
     * @throws NumberFormatException with {@code invalid literal for int() with base 10: '...'}
     */
    public static BigInteger parse(String text) {
        String s = stripWhitespace(text);
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean lastWasDigit = false;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d >= 0) {
                digits.append((char) ('0' + d));
                lastWasDigit = true;
            } else if (cp == '_' && lastWasDigit && i + 1 < s.length()) {
                lastWasDigit = false;
            } else {
                throw invalid(text);
            }
            i += Character.charCount(cp);
        }
        if (digits.length() == 0 || !lastWasDigit) {
            throw invalid(text);
        }
        BigInteger value = new BigInteger(digits.toString());
        return negative ? value.negate() : value;
    }

    /** As {@link #parse}, with values beyond {@code int} held at {@link Integer#MIN_VALUE}/{@link Integer#MAX_VALUE}. */
    public static int parseSaturated(String text) {
        BigInteger v = parse(text);
        if (v.bitLength() < 32) {
            return v.intValue();
        }
        return v.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    private static NumberFormatException invalid(String text) {
        return new NumberFormatException("invalid literal for int() with base 10: " + PyRepr.repr(text));
    }

    /** Python's {@code str.strip()}: Unicode whitespace (and the ASCII separators 0x1c-0x1f) at both ends. */
    private static String stripWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
