package io.jplay.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code AES256} vault cipher, all with the JDK's javax.crypto: PBKDF2-HMAC-SHA256 with 10000
 * iterations derives 80 bytes from the password and a random 32-byte salt (an AES-256 key, an
 * HMAC-SHA256 key, a 16-byte counter block); the PKCS#7-padded plaintext is encrypted with
 * AES-256 in CTR mode and the ciphertext signed with HMAC-SHA256. The payload is
 * {@code hex(hex(salt) \n hex(hmac) \n hex(ciphertext))}.
 */
final class VaultAes256 {
    static final String NAME = "AES256";
    private static final int ITERATIONS = 10_000;
    private static final int KEY_LENGTH = 32;
    private static final int BLOCK = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random;

    VaultAes256(SecureRandom random) {
        this.random = random;
    }

    /** The hexlified payload for {@code plaintext} under {@code password}, with a fresh salt. */
    String encrypt(byte[] plaintext, byte[] password) throws VaultException {
        byte[] salt = new byte[KEY_LENGTH];
        random.nextBytes(salt);
        return encrypt(plaintext, password, salt);
    }

    String encrypt(byte[] plaintext, byte[] password, byte[] salt) throws VaultException {
        try {
            Keys keys = Keys.derive(password, salt);
            byte[] ciphertext = ctr(Cipher.ENCRYPT_MODE, keys).doFinal(pad(plaintext));
            byte[] hmac = keys.hmac().doFinal(ciphertext);
            String inner = HEX.formatHex(salt) + "\n" + HEX.formatHex(hmac) + "\n" + HEX.formatHex(ciphertext);
            return HEX.formatHex(inner.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new VaultException("Vault encryption failed: " + e.getMessage(), e);
        }
    }

    /**
     * The plaintext of {@code payload}.
     *
     * @throws VaultFormatException when the payload is malformed
     * @throws VaultException when the password does not match (HMAC verification failed)
     */
    byte[] decrypt(String payload, byte[] password) throws VaultException {
        Parts parts = Parts.of(payload);
        try {
            Keys keys = Keys.derive(password, parts.salt());
            byte[] expected = keys.hmac().doFinal(parts.ciphertext());
            if (!MessageDigest.isEqual(expected, parts.hmac())) {
                throw new VaultException("HMAC verification failed: Signature did not match digest.");
            }
            return unpad(ctr(Cipher.DECRYPT_MODE, keys).doFinal(parts.ciphertext()));
        } catch (GeneralSecurityException e) {
            throw new VaultException("Vault decryption failed: " + e.getMessage(), e);
        }
    }

    private static Cipher ctr(int mode, Keys keys) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.aes(), "AES"), new IvParameterSpec(keys.iv()));
        return cipher;
    }

    private static byte[] pad(byte[] data) {
        int n = BLOCK - data.length % BLOCK;
        byte[] out = Arrays.copyOf(data, data.length + n);
        Arrays.fill(out, data.length, out.length, (byte) n);
        return out;
    }

    private static byte[] unpad(byte[] data) throws VaultException {
        int n = data.length == 0 ? 0 : data[data.length - 1] & 0xff;
        boolean bad = n == 0 || n > BLOCK || n > data.length || data.length % BLOCK != 0;
        for (int i = data.length - n; !bad && i < data.length; i++) {
            bad = (data[i] & 0xff) != n;
        }
        if (bad) {
            throw new VaultException("Invalid padding bytes.");
        }
        return Arrays.copyOf(data, data.length - n);
    }

    /** The three keys derived from a password and salt. */
    private record Keys(byte[] aes, byte[] mac, byte[] iv) {
        static Keys derive(byte[] password, byte[] salt) throws GeneralSecurityException {
            byte[] k = Pbkdf2.derive(password, salt, ITERATIONS, 2 * KEY_LENGTH + BLOCK);
            return new Keys(Arrays.copyOfRange(k, 0, KEY_LENGTH), Arrays.copyOfRange(k, KEY_LENGTH, 2 * KEY_LENGTH),
                    Arrays.copyOfRange(k, 2 * KEY_LENGTH, 2 * KEY_LENGTH + BLOCK));
        }

        Mac hmac() throws GeneralSecurityException {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(mac, "HmacSHA256"));
            return m;
        }
    }

    /** The payload's salt, HMAC and ciphertext. */
    private record Parts(byte[] salt, byte[] hmac, byte[] ciphertext) {
        static Parts of(String payload) throws VaultFormatException {
            String inner = new String(unhex(payload), StandardCharsets.ISO_8859_1);
            String[] fields = inner.split("\n", 3);
            if (fields.length < 3) {
                throw new VaultFormatException("Vault vaulttext format error: not enough values to unpack (expected 3, got "
                        + fields.length + ")");
            }
            return new Parts(unhex(fields[0]), unhex(fields[1]), unhex(fields[2]));
        }

        private static byte[] unhex(String hex) throws VaultFormatException {
            if (hex.length() % 2 != 0) {
                throw new VaultFormatException("Vault format unhexlify error: Odd-length string");
            }
            try {
                return HEX.parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw new VaultFormatException("Vault format unhexlify error: Non-hexadecimal digit found");
            }
        }
    }
}
