package io.jplay.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 with HMAC-SHA256 (RFC 8018) over a password given as bytes. The JDK's
 * {@code PBKDF2WithHmacSHA256} takes the password as characters and encodes them as UTF-8, so it
 * serves every password that is valid non-empty UTF-8; any other byte string (a password file is
 * just bytes) is derived with the JDK's {@code HmacSHA256} directly, which gives the same result.
 */
final class Pbkdf2 {
    private static final String HMAC = "HmacSHA256";

    private Pbkdf2() {
    }

    static byte[] derive(byte[] password, byte[] salt, int iterations, int length) throws GeneralSecurityException {
        char[] chars = utf8(password);
        if (chars == null || chars.length == 0) {
            return deriveWithMac(password, salt, iterations, length);
        }
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** RFC 8018 section 5.2 on top of the JDK's HMAC. */
    static byte[] deriveWithMac(byte[] password, byte[] salt, int iterations, int length)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        // an empty key is legal in HMAC, but SecretKeySpec refuses it: one zero byte pads to the same key
        mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, HMAC));
        int blockSize = mac.getMacLength();
        byte[] out = new byte[length];
        for (int block = 1, offset = 0; offset < length; block++, offset += blockSize) {
            mac.update(salt);
            byte[] u = mac.doFinal(ByteBuffer.allocate(4).putInt(block).array());
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            System.arraycopy(t, 0, out, offset, Math.min(blockSize, length - offset));
        }
        return out;
    }

    private static char[] utf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
