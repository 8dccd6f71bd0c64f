package io.jplay.python;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;

/**
 * Python's {@code random.Random}: the Mersenne Twister (MT19937) seeded as CPython seeds it, so a
 * seeded {@code random}, {@code shuffle} or {@code randrange} gives the numbers Python gives.
 * {@code Random(seed)} takes an int (its absolute value) or text (version 2: the UTF-8 bytes followed
 * by their SHA-512, read as one big-endian int); both become the 32-bit key words of
 * {@code init_by_array}, least significant first. An instance is not thread-safe: make one per use.
 */
public final class PyRandom {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int mti;

    private PyRandom(BigInteger seed) {
        initByArray(keyWords(seed.abs()));
    }

    /** {@code random.Random(seed)} for an int or a str seed (a bool is its int). */
    public static PyRandom seeded(Object seed) {
        if (seed instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            byte[] digest = sha512(bytes);
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            return new PyRandom(new BigInteger(1, all));
        }
        if (seed instanceof Boolean b) {
            return new PyRandom(b ? BigInteger.ONE : BigInteger.ZERO);
        }
        if (seed instanceof BigInteger big) {
            return new PyRandom(big);
        }
        if (seed instanceof Double || seed instanceof Float) {
            // CPython seeds with hash(x) read as an unsigned 64-bit number
            long hash = floatHash(((Number) seed).doubleValue());
            return new PyRandom(new BigInteger(Long.toUnsignedString(hash)));
        }
        if (seed instanceof Number n) {
            return new PyRandom(BigInteger.valueOf(n.longValue()));
        }
        throw new IllegalArgumentException("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }

    /** Python's {@code hash(float)}: the value modulo the prime 2**61 - 1, signed; -1 becomes -2. */
    static long floatHash(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 314159 : -314159;
        }
        BigInteger modulus = BigInteger.TWO.pow(61).subtract(BigInteger.ONE);
        long bits = Double.doubleToLongBits(Math.abs(x));
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << 52;
        }
        BigInteger scale = BigInteger.TWO.modPow(BigInteger.valueOf(exponent - 1075L), modulus);
        long h = BigInteger.valueOf(mantissa).multiply(scale).mod(modulus).longValue();
        h = x < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    /** {@code random.Random()}: seeded from the system's entropy. */
    public static PyRandom unseeded() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new PyRandom(new BigInteger(1, bytes));
    }

    /** {@code randrange(start, stop, step)}, with Python's {@code ValueError} texts. */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(below(width));
            }
            throw new IllegalArgumentException("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw new IllegalArgumentException("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw new IllegalArgumentException("empty range for randrange()");
        }
        return start.add(step.multiply(below(n)));
    }

    /** {@code choice(seq)}: Python's {@code IndexError} text for an empty one. */
    public <T> T choice(List<T> seq) {
        if (seq.isEmpty()) {
            throw new IndexOutOfBoundsException("Cannot choose from an empty sequence");
        }
        return seq.get(below(BigInteger.valueOf(seq.size())).intValue());
    }

    /** {@code shuffle(x)} in place. */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i > 0; i--) {
            int j = below(BigInteger.valueOf(i + 1L)).intValue();
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /** {@code _randbelow(n)}: {@code getrandbits(n.bit_length())} until the number is below {@code n}. */
    private BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = bits(k);
        while (r.compareTo(n) >= 0) {
            r = bits(k);
        }
        return r;
    }

    /** {@code getrandbits(k)}: 32-bit words, least significant first, the last one cut to the bits left. */
    private BigInteger bits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf(Integer.toUnsignedLong(next()) >>> (32 - k));
        }
        BigInteger r = BigInteger.ZERO;
        int shift = 0;
        for (int left = k; left > 0; left -= 32, shift += 32) {
            long w = Integer.toUnsignedLong(next());
            if (left < 32) {
                w >>>= 32 - left;
            }
            r = r.or(BigInteger.valueOf(w).shiftLeft(shift));
        }
        return r;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static int[] keyWords(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        return key;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int next() {
        if (mti >= N) {
            for (int kk = 0; kk < N; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
                mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-512", e);
        }
    }
}
