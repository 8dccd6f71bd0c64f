package io.jplay.vault;

import java.util.Arrays;

/**
 * One vault password and the vault id it is known under ({@code default} unless labelled).
 * The bytes are copied in and out so that callers cannot change a secret in place.
 */
public final class VaultSecret {
    private final String vaultId;
    private final byte[] password;

    public VaultSecret(String vaultId, byte[] password) {
        this.vaultId = vaultId;
        this.password = password.clone();
    }

    public String vaultId() {
        return vaultId;
    }

    public byte[] password() {
        return password.clone();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "VaultSecret(" + vaultId + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VaultSecret s && s.vaultId.equals(vaultId) && Arrays.equals(s.password, password);
    }

    @Override
    public int hashCode() {
        return vaultId.hashCode() * 31 + Arrays.hashCode(password);
    }
}
