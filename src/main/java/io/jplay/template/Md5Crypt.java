package io.jplay.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The MD5-crypt password scheme ({@code $1$}), as FreeBSD's crypt(3) and passlib's md5_crypt compute it. */
final class Md5Crypt {
    private static final String MAGIC = "$1$";
    private static final int[][] ORDER = {{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}};

    private Md5Crypt() {
    }

    static String crypt(String password, String saltText) throws TemplateException {
        byte[] p = password.getBytes(StandardCharsets.UTF_8);
        String salt = saltText.length() > 8 ? saltText.substring(0, 8) : saltText;
        byte[] s = salt.getBytes(StandardCharsets.UTF_8);
        MessageDigest md = md5();
        byte[] alternate = md.digest(concat(p, s, p));
        md.update(p);
        md.update(MAGIC.getBytes(StandardCharsets.UTF_8));
        md.update(s);
        for (int left = p.length; left > 0; left -= 16) {
            md.update(alternate, 0, Math.min(left, 16));
        }
        for (int i = p.length; i > 0; i >>= 1) {
            md.update((i & 1) != 0 ? 0 : p[0]);
        }
        byte[] digest = md.digest();
        for (int i = 0; i < 1000; i++) {
            md.update((i & 1) != 0 ? p : digest);
            if (i % 3 != 0) {
                md.update(s);
            }
            if (i % 7 != 0) {
                md.update(p);
            }
            md.update((i & 1) != 0 ? digest : p);
            digest = md.digest();
        }
        StringBuilder out = new StringBuilder(MAGIC).append(salt).append('$');
        for (int[] t : ORDER) {
            ShaCrypt.b64(out, digest[t[0]], digest[t[1]], digest[t[2]], 4);
        }
        ShaCrypt.b64(out, (byte) 0, (byte) 0, digest[11], 2);
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] out = Arrays.copyOf(a, a.length + b.length + c.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }

    private static MessageDigest md5() throws TemplateException {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new TemplateException("md5 is not available", e);
        }
    }
}
