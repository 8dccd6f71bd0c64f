package io.jplay.vault;

/**
 * Vault data could not be read, decrypted or encrypted, or no usable secret was given. The message
 * is the one Ansible prints for the same problem.
 */
public class VaultException extends Exception {
    private static final long serialVersionUID = 1L;

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
