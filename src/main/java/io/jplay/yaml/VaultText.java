package io.jplay.yaml;

/** A {@code !vault} tagged scalar: the still-encrypted vault text, kept as written. */
public record VaultText(String ciphertext) {
}
