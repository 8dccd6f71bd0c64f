package io.jplay.cli;

import io.jplay.python.PyRepr;
import io.jplay.vault.VaultException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An executable vault password file: its standard output, without surrounding newlines, is the
 * password. A script named {@code *-client} (any extension) is asked for a vault id with
 * {@code --vault-id LABEL} and exits 2 when it knows none; its standard error is captured for the
 * message. A plain script's standard error goes to the terminal, so that it can prompt.
 */
final class VaultPasswordScript {
    private static final int UNKNOWN_VAULT_ID = 2;
    private final Path path;
    private final String label;
    private final boolean client;

    VaultPasswordScript(Path path, String label) {
        this.path = path;
        this.label = label;
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.client = (dot > 0 ? name.substring(0, dot) : name).endsWith("-client");
    }

    byte[] run() throws VaultException {
        List<String> command = new ArrayList<>(List.of(path.toString()));
        if (client && label != null) {
            command.add("--vault-id");
            command.add(label);
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT);
        if (!client) {
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        String kind = client ? "client script" : "script";
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new VaultException("Problem running vault password " + kind + " " + path + " (" + e.getMessage()
                    + "). If this is not a script, remove the executable bit from the file.");
        }
        try {
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = client ? p.getErrorStream().readAllBytes() : null;
            int rc = p.waitFor();
            check(rc, err);
            String pw = VaultIdentities.stripNewlines(new String(out, StandardCharsets.ISO_8859_1));
            return pw.getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new VaultException("Problem running vault password " + kind + " " + path + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new VaultException("Vault password " + kind + " " + path + " was interrupted");
        }
    }

    private void check(int rc, byte[] err) throws VaultException {
        String stderr = err == null ? "None" : PyRepr.bytesRepr(new String(err, StandardCharsets.UTF_8));
        if (client && rc == UNKNOWN_VAULT_ID) {
            throw new VaultException("Vault password client script " + path + " did not find a secret for vault-id="
                    + VaultIdentities.shown(label) + ": " + stderr);
        }
        if (rc != 0) {
            throw new VaultException(client
                    ? "Vault password client script " + path + " returned non-zero (" + rc
                            + ") when getting secret for vault-id=" + VaultIdentities.shown(label) + ": " + stderr
                    : "Vault password script " + path + " returned non-zero (" + rc + "): " + stderr);
        }
    }
}
