package io.jplay.module.builtin;

import io.jplay.module.ModuleException;
import io.jplay.vault.VaultEnvelope;
import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the controller files that actions send to hosts ({@code copy} and {@code template}
 * sources), decrypting vaulted ones as Ansible's loader does, with its messages.
 */
record ControllerSources(VaultSecrets vault) {

    /** The entries of a controller directory, sorted by name. */
    static java.util.List<Path> entries(Path dir) throws ModuleException {
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new ModuleException("Could not list " + dir + ": " + e.getMessage());
        }
    }

    /** The content of {@code file}, decrypted when vaulted and {@code decrypt} is set. */
    byte[] read(Path file, boolean decrypt) throws ModuleException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModuleException("Could not read " + file + ": " + e.getMessage());
        }
        if (!decrypt || !VaultEnvelope.isVaulted(data)) {
            return data;
        }
        if (vault.isEmpty()) {
            throw new ModuleException("A vault password or secret must be specified to decrypt " + file);
        }
        try {
            return vault.decrypt(data, file.toString()).plaintext();
        } catch (VaultException e) {
            throw new ModuleException(e.getMessage());
        }
    }
}
