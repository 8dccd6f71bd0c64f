package io.jplay.python;

import java.math.BigDecimal;

/** Python's {@code repr(float)}: shortest round-trip digits, {@code 1e-05} / {@code 1e+16} exponents. */
public final class PyFloat {
    private PyFloat() {
    }

    /** Python's {@code repr(float)} and {@code str(float)}, with {@code nan}, {@code inf} and {@code -inf}. */
    public static String str(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return repr(d);
    }

    /**
     * Python's {@code float(text)}: surrounding white space ignored, an optional sign, decimal digits with
     * single underscores between them and an optional exponent, or {@code nan}/{@code inf}/{@code infinity}
     * in any case.
     *
     * @throws NumberFormatException with Python's {@code could not convert string to float: '...'}
     */
    public static double parse(String text) {
        String s = text.strip();
        String unsigned = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        double sign = s.startsWith("-") ? -1 : 1;
        switch (unsigned.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf", "infinity":
                return sign * Double.POSITIVE_INFINITY;
            default:
                break;
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw new NumberFormatException("could not convert string to float: " + PyRepr.repr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(
            "[+-]?(\\d+(_\\d+)*(\\.(\\d+(_\\d+)*)?)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+(_\\d+)*)?");

    /** As {@link #str(double)} for finite values; non-finite ones spelt as JSON writers do ({@code NaN}, {@code Infinity}). */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the shortest digits that round-trip (JDK 19+ exactly;
        // on 17 nearly always); re-lay them out with Python's thresholds.
        BigDecimal bd = shortest(d);
        String digits = bd.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
            return sign + mantissa + "e" + exp;
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return sign + digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    /**
     * The shortest decimal that reads back as {@code d}, nearest to it among equally short ones.
     * Java 17's {@code Double.toString} sometimes gives more digits than needed ({@code 4.9E-324}),
     * so shorter roundings of the exact value are tried first.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal fromJava = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int digits = fromJava.precision();
        if (digits < 2) {
            return fromJava;
        }
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < digits; p++) {
            BigDecimal candidate = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return fromJava;
    }
}
