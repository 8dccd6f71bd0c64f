package io.jplay.yaml;

import java.math.BigInteger;

/** Turns resolved YAML 1.1 scalars into Java values ({@code Long}/{@code BigInteger}, {@code Double}, {@code Boolean}). */
final class Yaml11Scalars {

    private Yaml11Scalars() {
    }

    static Boolean toBool(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.equals("yes") || v.equals("true") || v.equals("on");
    }

    static Number toInt(String written) {
        String v = written.replace("_", "");
        int sign = 1;
        if (v.startsWith("-")) {
            sign = -1;
            v = v.substring(1);
        } else if (v.startsWith("+")) {
            v = v.substring(1);
        }
        BigInteger n;
        if (v.equals("0")) {
            n = BigInteger.ZERO;
        } else if (v.startsWith("0b")) {
            n = new BigInteger(v.substring(2), 2);
        } else if (v.startsWith("0x")) {
            n = new BigInteger(v.substring(2), 16);
        } else if (v.startsWith("0")) {
            n = new BigInteger(v.substring(1), 8);
        } else if (v.contains(":")) {
            n = BigInteger.ZERO;
            for (String part : v.split(":")) {
                n = n.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
        } else {
            n = new BigInteger(v);
        }
        if (sign < 0) {
            n = n.negate();
        }
        return n.bitLength() < 64 ? (Number) n.longValue() : n;
    }

    static Double toFloat(String written) {
        String v = written.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        double sign = 1;
        if (v.startsWith("-")) {
            sign = -1;
            v = v.substring(1);
        } else if (v.startsWith("+")) {
            v = v.substring(1);
        }
        if (v.equals(".inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (v.equals(".nan")) {
            return Double.NaN;
        }
        if (v.contains(":")) {
            double total = 0;
            for (String part : v.split(":")) {
                total = total * 60 + Double.parseDouble(part);
            }
            return sign * total;
        }
        return sign * Double.parseDouble(v);
    }
}
