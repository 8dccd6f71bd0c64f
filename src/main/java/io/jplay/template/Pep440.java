package io.jplay.template;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 440 version as {@code packaging.version.Version} reads and orders it (the {@code version}
 * test's {@code version_type='pep440'}): epoch, release (trailing zeros ignored), pre-release
 * ({@code a}, {@code b}, {@code rc} and their spellings), post-release, dev release and local label,
 * with a dev release of a final version sorting before its pre-releases.
 */
final class Pep440 implements Comparable<Pep440> {
    private static final Pattern VERSION = Pattern.compile("^\\s*v?(?:(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)"
            + "([-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?([0-9]+)?)?"
            + "((?:-([0-9]+))|(?:[-_.]?(post|rev|r)[-_.]?([0-9]+)?))?"
            + "([-_.]?(dev)[-_.]?([0-9]+)?)?)"
            + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$", Pattern.CASE_INSENSITIVE);

    private final BigInteger epoch;
    private final List<BigInteger> release;
    /** -1 a, 0 b, 1 rc; {@code null} for none. */
    private final Integer preLetter;
    private final BigInteger preNumber;
    private final BigInteger post;
    private final BigInteger dev;
    private final List<String> local;

    private Pep440(Matcher m) {
        epoch = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
        List<BigInteger> parts = new ArrayList<>();
        for (String p : m.group(2).split("\\.")) {
            parts.add(new BigInteger(p));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        release = parts;
        preLetter = m.group(3) == null ? null : switch (m.group(4).toLowerCase(Locale.ROOT)) {
            case "a", "alpha" -> -1;
            case "b", "beta" -> 0;
            default -> 1;
        };
        preNumber = number(m.group(5));
        post = m.group(6) == null ? null : number(m.group(7) != null ? m.group(7) : m.group(9));
        dev = m.group(10) == null ? null : number(m.group(12));
        local = m.group(13) == null ? null : List.of(m.group(13).toLowerCase(Locale.ROOT).split("[-_.]"));
    }

    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    /** {@code Version(text)}; packaging's {@code InvalidVersion} text when it is none. */
    static Pep440 parse(String text) throws TemplateException {
        Matcher m = VERSION.matcher(text);
        if (!m.matches()) {
            throw new TemplateException("Invalid version: " + PythonRepr.repr(text));
        }
        return new Pep440(m);
    }

    @Override
    public int compareTo(Pep440 o) {
        int c = epoch.compareTo(o.epoch);
        if (c == 0) {
            c = compareParts(release, o.release);
        }
        if (c == 0) {
            c = Integer.compare(preRank(), o.preRank());
        }
        if (c == 0 && preLetter != null && o.preLetter != null) {
            c = preLetter.equals(o.preLetter) ? preNumber.compareTo(o.preNumber) : preLetter.compareTo(o.preLetter);
        }
        if (c == 0) {
            c = compareMissingFirst(post, o.post);
        }
        if (c == 0) {
            c = dev == null || o.dev == null ? Boolean.compare(dev == null, o.dev == null) : dev.compareTo(o.dev);
        }
        return c == 0 ? compareLocal(local, o.local) : c;
    }

    /** Where the pre-release part ranks: a dev release of a final version first, a final version last. */
    private int preRank() {
        if (preLetter == null && post == null && dev != null) {
            return -1;
        }
        return preLetter == null ? 1 : 0;
    }

    private static int compareMissingFirst(BigInteger a, BigInteger b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        return a.compareTo(b);
    }

    private static int compareParts(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Local labels: none first; numeric parts above alphanumeric ones, numbers by value, text by text. */
    private static int compareLocal(List<String> a, List<String> b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xn = x.chars().allMatch(Character::isDigit);
            boolean yn = y.chars().allMatch(Character::isDigit);
            int c = xn && yn ? new BigInteger(x).compareTo(new BigInteger(y)) : xn != yn ? Boolean.compare(xn, yn)
                    : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
