package io.jplay.vault;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/**
 * The vault secrets of a run, in the order they were given, and what they decrypt and encrypt.
 * Decryption tries the secrets in order: all of them, or with {@code vault_id_match} only those
 * whose id is the label of the vaulted text ({@code default} for unlabelled text). Immutable.
 */
public final class VaultSecrets {
    /** The vault id of unlabelled secrets and texts. */
    public static final String DEFAULT_ID = "default";

    private static final VaultSecrets NONE = new VaultSecrets(List.of(), false, DEFAULT_ID);

    private final List<VaultSecret> secrets;
    private final boolean idMatch;
    private final String defaultId;
    private final VaultAes256 cipher = new VaultAes256(new SecureRandom());

    /**
     * @param secrets the known secrets, best first
     * @param idMatch whether only a secret with the text's vault id may decrypt it
     * @param defaultId the vault id assumed for unlabelled (format 1.1) texts
     */
    public VaultSecrets(List<VaultSecret> secrets, boolean idMatch, String defaultId) {
        this.secrets = List.copyOf(secrets);
        this.idMatch = idMatch;
        this.defaultId = defaultId;
    }

    /** No secrets: every vaulted text fails to decrypt, with Ansible's message. */
    public static VaultSecrets none() {
        return NONE;
    }

    public List<VaultSecret> secrets() {
        return secrets;
    }

    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    /**
     * The plaintext of vaulted text, the secret that opened it, and the vault id of the text's
     * envelope (its label, or the default id for unlabelled texts).
     */
    public record Decrypted(byte[] plaintext, VaultSecret secret, String envelopeId) {
        /** The vault id of the secret that opened the text. */
        public String vaultId() {
            return secret.vaultId();
        }

        public String text() {
            return new String(plaintext, StandardCharsets.UTF_8);
        }
    }

    /**
     * Decrypts vaulted text.
     *
     * @param source the file (or other source) named in messages, or {@code null}
     * @throws VaultException with Ansible's message when the text is not vaulted or malformed, no
     *     secret is known, or none of them decrypts it
     */
    public Decrypted decrypt(String vaulttext, String source) throws VaultException {
        if (!VaultEnvelope.isVaulted(vaulttext)) {
            throw new VaultException("input is not vault encrypted data. "
                    + (source == null ? "" : source + " is not a vault encrypted file"));
        }
        VaultEnvelope envelope = VaultEnvelope.parse(vaulttext, source);
        if (!envelope.cipher().equals(VaultAes256.NAME)) {
            throw new VaultException(envelope.cipher() + " cipher could not be found");
        }
        if (secrets.isEmpty()) {
            throw new VaultException("Attempting to decrypt but no vault secrets found");
        }
        String label = envelope.vaultId() == null ? defaultId : envelope.vaultId();
        for (VaultSecret secret : secrets) {
            if (idMatch && !secret.vaultId().equals(label)) {
                continue;
            }
            try {
                return new Decrypted(cipher.decrypt(envelope.payload(), secret.password()), secret, label);
            } catch (VaultFormatException e) {
                throw e;
            } catch (VaultException e) {
                // this secret does not fit: try the next one
            }
        }
        throw new VaultException("Decryption failed (no vault secrets were found that could decrypt)"
                + (source == null ? "" : " on " + source));
    }

    /** {@code data} itself, or its plaintext when it is vaulted (as Ansible reads every data file). */
    public byte[] decryptIfVaulted(byte[] data, String source) throws VaultException {
        return VaultEnvelope.isVaulted(data) ? decrypt(data, source).plaintext() : data;
    }

    /** Decrypts vaulted bytes (a whole vaulted file). */
    public Decrypted decrypt(byte[] vaulted, String source) throws VaultException {
        return decrypt(new String(vaulted, StandardCharsets.US_ASCII), source);
    }

    /**
     * Encrypts {@code plaintext} with {@code secret}: format 1.2 labelled with the secret's vault
     * id unless that is {@code default}, else 1.1.
     *
     * @throws VaultException when the plaintext is vaulted already
     */
    public String encrypt(byte[] plaintext, VaultSecret secret) throws VaultException {
        return encrypt(plaintext, secret, null);
    }

    /**
     * As {@link #encrypt(byte[], VaultSecret)} with the key-derivation salt given (Ansible's
     * {@code salt} argument: the same salt and password give the same payload); {@code null} for a
     * fresh random salt.
     *
     * @throws VaultException when the plaintext is vaulted already or the salt is empty
     */
    public String encrypt(byte[] plaintext, VaultSecret secret, byte[] salt) throws VaultException {
        if (VaultEnvelope.isVaulted(plaintext)) {
            throw new VaultException("input is already encrypted");
        }
        if (salt != null && salt.length == 0) {
            throw new VaultException("Empty or invalid salt passed to encrypt()");
        }
        String payload = salt == null ? cipher.encrypt(plaintext, secret.password())
                : cipher.encrypt(plaintext, secret.password(), salt);
        return VaultEnvelope.of(VaultAes256.NAME, secret.vaultId(), payload).format();
    }
}
