package io.jplay.template;

/**
 * A {@code !vault} value could not be decrypted when used. The task fails with the vault's own
 * message ({@code Attempting to decrypt but no vault secrets found}), as Ansible's does, not with
 * the undefined-variable text other template errors get.
 */
public final class VaultValueException extends TemplateException {
    private static final long serialVersionUID = 1L;

    private final transient io.jplay.yaml.VaultText value;

    public VaultValueException(String message, Throwable cause) {
        this(message, cause, null);
    }

    VaultValueException(String message, Throwable cause, io.jplay.yaml.VaultText value) {
        super(message, cause);
        this.value = value;
    }

    /** The encrypted value that could not be decrypted, or null when not known. */
    io.jplay.yaml.VaultText value() {
        return value;
    }
}
