package io.jplay.template;

import java.util.Set;

/**
 * Hashing as Ansible's {@code do_encrypt} does it through passlib ({@code vars_prompt}'s {@code encrypt}):
 * the algorithm by passlib's name, a given salt or a random one of {@code salt_size} characters, and the
 * crypt(3) default rounds Ansible pins. jplay has the SHA-crypt schemes; other passlib schemes are refused.
 */
public final class PasswordHashes {
    /** passlib schemes jplay does not implement: refused with a jplay message rather than passlib's "not supported". */
    private static final Set<String> OTHER_PASSLIB = Set.of("md5_crypt", "bcrypt", "bcrypt_sha256", "des_crypt",
            "bsdi_crypt", "bigcrypt", "crypt16", "sha1_crypt", "sun_md5_crypt", "apr_md5_crypt", "argon2", "scrypt",
            "pbkdf2_sha1", "pbkdf2_sha256", "pbkdf2_sha512", "phpass", "plaintext", "nthash", "lmhash");

    private PasswordHashes() {
    }

    /**
     * {@code secret} hashed with passlib's {@code algorithm}; {@code salt} (may be null or empty) wins over
     * {@code saltSize} (may be null). Errors carry Ansible's text ({@code Could not hash the secret.. ...}).
     */
    public static String hash(String secret, String algorithm, String salt, Object saltSize) throws TemplateException {
        boolean sha512 = "sha512_crypt".equals(algorithm);
        if (!sha512 && !"sha256_crypt".equals(algorithm)) {
            throw new TemplateException(OTHER_PASSLIB.contains(algorithm)
                    ? "jplay cannot hash with '" + algorithm + "' (it has sha256_crypt and sha512_crypt)"
                    : "passlib does not support '" + algorithm + "' algorithm");
        }
        String usedSalt;
        if (salt != null && !salt.isEmpty()) {
            if (!salt.chars().allMatch(ch -> ch < 128)) {
                throw new TemplateException("'ascii' codec can't encode characters in the salt");
            }
            if (!ShaCrypt.validSalt(salt)) {
                throw new TemplateException("Could not hash the secret.. invalid characters in " + algorithm + " salt");
            }
            if (salt.length() > 16) {
                throw new TemplateException("Could not hash the secret.. salt too large (" + algorithm
                        + " requires <= 16 chars)");
            }
            usedSalt = salt;
        } else {
            usedSalt = ShaCrypt.randomSalt(saltSize(saltSize, algorithm));
        }
        return ShaCrypt.crypt(secret, usedSalt, sha512 ? 656000 : 535000, sha512);
    }

    /** passlib's {@code salt_size} setting of a scheme whose largest (and default) salt is 16 characters. */
    static int saltSize(Object given, String algorithm) throws TemplateException {
        return saltSize(given, algorithm, 16);
    }

    /** passlib's {@code salt_size} setting: none or 0 is the scheme's default, {@code max}; passlib's words when out of range. */
    static int saltSize(Object given, String algorithm, int max) throws TemplateException {
        if (given == null || Boolean.FALSE.equals(given) || "".equals(given)) {
            return max;
        }
        long size;
        if (given instanceof java.util.Collection<?> || given instanceof java.util.Map<?, ?>) {
            // passlib compares the setting with its bounds
            throw new TemplateTypeError("'<' not supported between instances of '" + PythonRepr.typeName(given)
                    + "' and 'int'");
        }
        if (given instanceof Number n) {
            size = n.longValue();
        } else {
            try {
                size = Long.parseLong(String.valueOf(given).strip());
            } catch (NumberFormatException e) {
                throw new TemplateException("Could not hash the secret.. invalid literal for int() with base 10: '"
                        + given + "'");
            }
        }
        if (size == 0) {
            return max;
        }
        if (size > max) {
            throw new TemplateException("Could not hash the secret.. " + algorithm + ": salt_size (" + size
                    + ") above max_salt_size (" + max + ")");
        }
        if (size < 0) {
            throw new TemplateException("Could not hash the secret.. " + algorithm + ": salt_size (" + size
                    + ") below min_salt_size (0)");
        }
        return (int) size;
    }
}
