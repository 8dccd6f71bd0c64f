package io.jplay.yaml;

/**
 * A vaulted file could not be decrypted. The message is Ansible's (for example
 * {@code Attempting to decrypt but no vault secrets found}), to be shown as it is, not as a YAML
 * syntax error.
 */
public final class VaultedFileException extends YamlException {
    private static final long serialVersionUID = 1L;

    public VaultedFileException(String message, String file, Throwable cause) {
        super(message, file, 0, 0, cause);
    }
}
