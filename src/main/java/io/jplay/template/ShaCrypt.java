package io.jplay.template;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** The SHA-crypt password scheme ({@code $6$}/{@code $5$}) as glibc's crypt(3) implements it. */
final class ShaCrypt {
    private static final String B64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int[][] ORDER512 = {{0, 21, 42}, {22, 43, 1}, {44, 2, 23}, {3, 24, 45}, {25, 46, 4},
        {47, 5, 26}, {6, 27, 48}, {28, 49, 7}, {50, 8, 29}, {9, 30, 51}, {31, 52, 10}, {53, 11, 32}, {12, 33, 54},
        {34, 55, 13}, {56, 14, 35}, {15, 36, 57}, {37, 58, 16}, {59, 17, 38}, {18, 39, 60}, {40, 61, 19},
        {62, 20, 41}};
    private static final int[][] ORDER256 = {{0, 10, 20}, {21, 1, 11}, {12, 22, 2}, {3, 13, 23}, {24, 4, 14},
        {15, 25, 5}, {6, 16, 26}, {27, 7, 17}, {18, 28, 8}, {9, 19, 29}};

    /** The rounds crypt(3) uses when none are given; passlib leaves them out of the hash too. */
    private static final int DEFAULT_ROUNDS = 5000;

    private ShaCrypt() {
    }

    static String randomSalt() {
        return randomSalt(16);
    }

    static String randomSalt(int length) {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(B64.charAt(r.nextInt(64)));
        }
        return sb.toString();
    }

    static String crypt(String password, String saltText, int rounds, boolean sha512) throws TemplateException {
        try {
            String algo = sha512 ? "SHA-512" : "SHA-256";
            byte[] p = password.getBytes(StandardCharsets.UTF_8);
            String saltStr = saltText.length() > 16 ? saltText.substring(0, 16) : saltText;
            byte[] s = saltStr.getBytes(StandardCharsets.UTF_8);
            int n = rounds < 0 ? DEFAULT_ROUNDS : Math.max(1000, Math.min(999_999_999, rounds));
            MessageDigest md = MessageDigest.getInstance(algo);
            int len = md.getDigestLength();
            md.update(p);
            md.update(s);
            md.update(p);
            byte[] b = md.digest();
            md.update(p);
            md.update(s);
            for (int i = p.length; i > 0; i -= len) {
                md.update(b, 0, Math.min(i, len));
            }
            for (int i = p.length; i > 0; i >>= 1) {
                md.update((i & 1) != 0 ? b : p);
            }
            byte[] a = md.digest();
            for (int i = 0; i < p.length; i++) {
                md.update(p);
            }
            byte[] pBytes = repeat(md.digest(), p.length);
            for (int i = 0; i < 16 + (a[0] & 0xff); i++) {
                md.update(s);
            }
            byte[] sBytes = repeat(md.digest(), s.length);
            byte[] c = a;
            for (int i = 0; i < n; i++) {
                md.update((i & 1) != 0 ? pBytes : c);
                if (i % 3 != 0) {
                    md.update(sBytes);
                }
                if (i % 7 != 0) {
                    md.update(pBytes);
                }
                md.update((i & 1) != 0 ? c : pBytes);
                c = md.digest();
            }
            StringBuilder out = new StringBuilder(sha512 ? "$6$" : "$5$");
            if (rounds >= 0 && n != DEFAULT_ROUNDS) {
                out.append("rounds=").append(n).append('$');
            }
            out.append(saltStr).append('$');
            for (int[] t : sha512 ? ORDER512 : ORDER256) {
                b64(out, c[t[0]], c[t[1]], c[t[2]], 4);
            }
            if (sha512) {
                b64(out, (byte) 0, (byte) 0, c[63], 2);
            } else {
                b64(out, (byte) 0, c[31], c[30], 3);
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    /** Whether every character of {@code salt} is in the crypt base64 alphabet. */
    static boolean validSalt(String salt) {
        return salt.chars().allMatch(ch -> B64.indexOf(ch) >= 0);
    }

    private static byte[] repeat(byte[] digest, int length) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        for (int i = length; i > 0; i -= digest.length) {
            bo.write(digest, 0, Math.min(i, digest.length));
        }
        return bo.toByteArray();
    }

    /** Appends the {@code n} crypt base-64 characters of three bytes, low bits first. */
    static void b64(StringBuilder sb, byte b2, byte b1, byte b0, int n) {
        int w = ((b2 & 0xff) << 16) | ((b1 & 0xff) << 8) | (b0 & 0xff);
        for (int i = 0; i < n; i++) {
            sb.append(B64.charAt(w & 0x3f));
            w >>>= 6;
        }
    }
}
