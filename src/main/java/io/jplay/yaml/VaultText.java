package io.jplay.yaml;

import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecrets;
import java.nio.charset.StandardCharsets;

/**
 * A {@code !vault} tagged scalar: the still-encrypted vault text, kept as written, and the secrets
 * of the loader that read it. Like Ansible's encrypted strings it is decrypted only when used, so
 * an unused value needs no secret.
 */
public record VaultText(String ciphertext, VaultSecrets secrets) implements io.jplay.json.JsonEncoded {

    /** A vault text without secrets (decrypting it fails as Ansible does without vault secrets). */
    public VaultText(String ciphertext) {
        this(ciphertext, VaultSecrets.none());
    }

    /**
     * The decrypted value.
     *
     * @throws VaultException with Ansible's message when no secret decrypts it
     */
    public String plaintext() throws VaultException {
        return new String(secrets.decrypt(ciphertext, null).plaintext(), StandardCharsets.UTF_8);
    }

    /** As Ansible's JSON encoder writes an encrypted value: {@code {"__ansible_vault": "<ciphertext>"}}. */
    @Override
    public Object jsonValue() {
        return java.util.Map.of("__ansible_vault", ciphertext);
    }

    /** Never the plaintext, never the secrets. */
    @Override
    public String toString() {
        return ciphertext;
    }
}
