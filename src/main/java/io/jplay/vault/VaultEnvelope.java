package io.jplay.vault;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of vaulted data: the header line {@code $ANSIBLE_VAULT;1.1;AES256} (or
 * {@code $ANSIBLE_VAULT;1.2;AES256;label}) followed by the hexlified payload in lines of 80
 * characters, as ansible-vault writes it.
 *
 * @param version the format version, {@code 1.1} or {@code 1.2}
 * @param cipher the cipher name, {@code AES256}
 * @param vaultId the label of a 1.2 header, or {@code null} when the header has none
 * @param payload the hexlified payload with the line breaks removed
 */
public record VaultEnvelope(String version, String cipher, String vaultId, String payload) {

    /** What every vaulted text starts with. */
    public static final String HEADER = "$ANSIBLE_VAULT";

    private static final int LINE_LENGTH = 80;

    /** Whether {@code data} is vaulted: pure ASCII starting with {@code $ANSIBLE_VAULT}, as Ansible tests it. */
    public static boolean isVaulted(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return false;
            }
        }
        return new String(data, 0, Math.min(data.length, HEADER.length()), StandardCharsets.US_ASCII).equals(HEADER);
    }

    /** Whether {@code text} is vaulted (see {@link #isVaulted(byte[])}). */
    public static boolean isVaulted(String text) {
        return text.startsWith(HEADER) && text.chars().allMatch(c -> c < 128);
    }

    /**
     * Splits vaulted text into header fields and payload.
     *
     * @throws VaultFormatException when the header lacks its version or cipher
     */
    public static VaultEnvelope parse(String text, String source) throws VaultFormatException {
        List<String> lines = lines(text);
        String[] header = lines.isEmpty() ? new String[0] : lines.get(0).strip().split(";", -1);
        if (header.length < 3) {
            throw new VaultFormatException("Vault envelope format error" + (source == null ? "" : " in " + source)
                    + ": list index out of range");
        }
        String vaultId = header.length >= 4 ? header[3].strip() : null;
        StringBuilder payload = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            payload.append(line);
        }
        return new VaultEnvelope(header[1].strip(), header[2].strip(), vaultId, payload.toString());
    }

    /**
     * The envelope for a new payload: format 1.2 with the label when {@code vaultId} is set and not
     * {@code default}, else 1.1 without a label.
     */
    public static VaultEnvelope of(String cipher, String vaultId, String payload) {
        boolean labelled = vaultId != null && !vaultId.isEmpty() && !vaultId.equals(VaultSecrets.DEFAULT_ID);
        return new VaultEnvelope(labelled ? "1.2" : "1.1", cipher, labelled ? vaultId : null, payload);
    }

    /** The text ansible-vault writes: header, payload lines of 80 characters, a final newline. */
    public String format() {
        StringBuilder out = new StringBuilder(HEADER).append(';').append(version).append(';').append(cipher);
        if (version.equals("1.2") && vaultId != null && !vaultId.isEmpty()) {
            out.append(';').append(vaultId);
        }
        out.append('\n');
        for (int i = 0; i < payload.length(); i += LINE_LENGTH) {
            out.append(payload, i, Math.min(payload.length(), i + LINE_LENGTH)).append('\n');
        }
        return out.toString();
    }

    /** Lines split at {@code \n}, {@code \r\n} or {@code \r}, as Python splits bytes. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
