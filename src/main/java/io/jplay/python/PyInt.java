package io.jplay.python;

import java.math.BigInteger;

/** Python's {@code int(text, base)} for text: signs, surrounding white space, {@code _} separators, base prefixes. */
public final class PyInt {
    private PyInt() {
    }

    /**
     * Parses {@code text} as Python's {@code int(text, base)} does ({@code base} 0 reads the prefix and,
     * like Python, rejects leading zeros in decimals); the result is a {@code Long} or, when it does not
     * fit, a {@code BigInteger}.
     *
     * @throws NumberFormatException with Python's {@code invalid literal for int() with base N: '...'}
     */
    public static Number parse(String text, int base) {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        int radix = base;
        String lower = s.toLowerCase();
        if (lower.length() > 1 && lower.charAt(0) == '0' && "xob".indexOf(lower.charAt(1)) >= 0) {
            int prefixed = switch (lower.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            if (base == 0 || base == prefixed) {
                radix = prefixed;
                s = s.substring(2);
                if (s.startsWith("_")) {
                    s = s.substring(1);
                }
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

    private static NumberFormatException invalid(String text, int base) {
        return new NumberFormatException("invalid literal for int() with base " + base + ": " + PyRepr.repr(text));
    }
}
