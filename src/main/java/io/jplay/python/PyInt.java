package io.jplay.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python's {@code int}: unbounded integers held as {@code Long} while they fit (the fast path) and as
 * {@code BigInteger} only beyond, so one value has one Java form and {@code equals}/{@code hashCode}
 * agree with Python's {@code ==}/{@code hash} between ints. The arithmetic here promotes on overflow and
 * follows Python: floor division and modulo round towards negative infinity, {@code **} with a negative
 * exponent gives a float, and ints meet floats exactly (as Python compares them), not through a
 * lossy conversion.
 *
 * <p>Also Python's {@code int(text, base)} for text: surrounding white space ignored, an optional sign,
 * base prefixes ({@code 0x}, {@code 0o}, {@code 0b}) where the base allows them, single underscores
 * between digits, any script's decimal digits, no size limit. Anything else is refused with Python's
 * own message, the text shown as its {@code repr}.
 *
 * <p>Arithmetic that Python refuses throws {@link ArithmeticException} with Python's message
 * ({@code integer division or modulo by zero}, {@code int too large to convert to float}).
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

    /** The value as a {@code BigInteger}. */
    public static BigInteger big(Number n) {
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

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Integers within +-2^53 convert to double exactly. */
    private static final long EXACT_DOUBLE = 1L << 53;

    /** True for Java's integral types holding a Python int (not {@code Boolean}: callers decide about bool). */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Short
                || v instanceof Byte;
    }

    /** The canonical form: a {@code Long} when it fits, else the {@code BigInteger}. */
    public static Number of(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    /** The canonical form of any integral Java number ({@code Integer} becomes {@code Long}). */
    public static Number of(Number v) {
        if (v instanceof Long) {
            return v;
        }
        return v instanceof BigInteger b ? of(b) : (Number) v.longValue();
    }

    /** Python's {@code a + b}. */
    public static Number add(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return of(big(a).add(big(b)));
    }

    /** Python's {@code a - b}. */
    public static Number subtract(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return of(big(a).subtract(big(b)));
    }

    /** Python's {@code a * b}. */
    public static Number multiply(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return of(big(a).multiply(big(b)));
    }

    /** Python's {@code -a}. */
    public static Number negate(Number a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return -x;
        }
        return of(big(a).negate());
    }

    /** Python's {@code abs(a)}. */
    public static Number abs(Number a) {
        return signum(a) < 0 ? negate(a) : of(a);
    }

    public static int signum(Number a) {
        return a instanceof BigInteger b ? b.signum() : Long.signum(a.longValue());
    }

    /** Python's {@code a // b}: the quotient rounded towards negative infinity. */
    public static Number floorDiv(Number a, Number b) {
        if (signum(b) == 0) {
            throw new ArithmeticException("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            return Math.floorDiv(x, y);
        }
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != big(b).signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    /** Python's {@code a % b}: the remainder takes the sign of {@code b}. */
    public static Number floorMod(Number a, Number b) {
        if (signum(b) == 0) {
            throw new ArithmeticException("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Math.floorMod(x, y);
        }
        BigInteger r = big(a).mod(big(b).abs());
        if (big(b).signum() < 0 && r.signum() != 0) {
            r = r.add(big(b));
        }
        return of(r);
    }

    /** Python's {@code a / b} for two ints: the correctly rounded float quotient. */
    public static double trueDivide(Number a, Number b) {
        if (signum(b) == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (fitsDouble(a) && fitsDouble(b)) {
            return a.doubleValue() / b.doubleValue();
        }
        double q = new BigDecimal(big(a)).divide(new BigDecimal(big(b)), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(q)) {
            throw new ArithmeticException("integer division result too large for a float");
        }
        return q;
    }

    /**
     * Python's {@code a ** b} for two ints: an int, or for a negative exponent the float power.
     *
     * @return a {@code Long}, {@code BigInteger} or {@code Double}
     */
    public static Number pow(Number a, Number b) {
        if (signum(b) < 0) {
            double base = toDouble(a);
            if (base == 0) {
                throw new ArithmeticException("0.0 cannot be raised to a negative power");
            }
            return Math.pow(base, toDouble(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            Long r = longPow(x, y);
            if (r != null) {
                return r;
            }
        }
        BigInteger base = big(a);
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            // 0, 1 and -1 stay small whatever the exponent
            boolean odd = big(b).testBit(0);
            return signum(b) == 0 ? (Number) 1L : base.signum() < 0 && !odd ? (Number) 1L : of(base);
        }
        if (!(b instanceof Long) && !(b instanceof Integer) || b.longValue() > Integer.MAX_VALUE) {
            throw new ArithmeticException("int too large to raise to such a power");
        }
        return of(base.pow(b.intValue()));
    }

    /** {@code x ** y} by repeated squaring, or null when it leaves {@code long}. */
    private static Long longPow(long x, long y) {
        long result = 1;
        long base = x;
        long e = y;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>= 1;
                if (e > 0) {
                    base = Math.multiplyExact(base, base);
                }
            }
            return result;
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** Python's {@code float(a)}. */
    public static double toDouble(Number a) {
        if (!(a instanceof BigInteger)) {
            return a.doubleValue();
        }
        double d = a.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ArithmeticException("int too large to convert to float");
        }
        return d;
    }

    /**
     * Python's {@code int(float)}: the value truncated towards zero.
     *
     * @throws ArithmeticException for {@code nan} ({@code cannot convert float NaN to integer}) and the
     *     infinities ({@code cannot convert float infinity to integer})
     */
    public static Number fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw new ArithmeticException("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new ArithmeticException("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p63) {
            return (long) d;
        }
        return of(new BigDecimal(d).toBigInteger());
    }

    /** Python's ordering of two ints. */
    public static int compare(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return big(a).compareTo(big(b));
    }

    /** Python's exact ordering of an int against a float ({@code nan} is unordered: reported as 2 here). */
    public static int compareFloat(Number a, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (fitsDouble(a)) {
            double x = a.longValue();
            return x < d ? -1 : x > d ? 1 : 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        return new BigDecimal(big(a)).compareTo(new BigDecimal(d));
    }

    /** Python's {@code hash(int)}-compatible equality with a float: {@code 2**64 == 2.0**64}, {@code 2**53+1 != 2.0**53}. */
    public static boolean equals(Number a, double d) {
        return compareFloat(a, d) == 0;
    }

    /** The value as a {@code long}, or an {@link ArithmeticException} with Python's overflow message. */
    public static long toLongExact(Number a) {
        if (a instanceof BigInteger b && (b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0)) {
            throw new ArithmeticException("Python int too large to convert to C ssize_t");
        }
        return a.longValue();
    }

    private static boolean fitsDouble(Number a) {
        return !(a instanceof BigInteger) && a.longValue() >= -EXACT_DOUBLE && a.longValue() <= EXACT_DOUBLE;
    }
}
