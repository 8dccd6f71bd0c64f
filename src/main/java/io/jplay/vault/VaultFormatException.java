package io.jplay.vault;

/** The vault text is malformed (bad header, bad hex, missing parts): no secret can help. */
public final class VaultFormatException extends VaultException {
    private static final long serialVersionUID = 1L;

    public VaultFormatException(String message) {
        super(message);
    }
}
