package io.jplay.cli;

import io.jplay.vault.VaultEnvelope;
import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecret;
import io.jplay.vault.VaultSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the vault secrets of a command as Ansible does: every {@code --vault-id label@source}
 * (configured identities first), then every password file as {@code default@file}, then a prompt
 * for {@code --ask-vault-pass} (or, for commands that must have a secret, when nothing else was
 * given). A source is {@code prompt}, a password file, an executable script whose output is the
 * password, or a {@code *-client} script asked with {@code --vault-id label}. A source that fails
 * is warned about and skipped; if none worked, the last failure is the error.
 */
final class VaultIdentities {
    /** Asks for one password without echo; {@code null} at end of input. */
    interface Prompt {
        String ask(String text);
    }

    private final String defaultId;
    private final Prompt prompt;
    private final Consumer<String> warnings;
    private final Path cwd;
    private final List<VaultSecret> found = new ArrayList<>();

    VaultIdentities(String defaultId, Prompt prompt, Consumer<String> warnings, Path cwd) {
        this.defaultId = defaultId;
        this.prompt = prompt;
        this.warnings = warnings;
        this.cwd = cwd;
    }

    /**
     * The secrets of {@code vaultIds} and {@code passwordFiles}.
     *
     * @param newPassword whether the prompts ask for a new password and its confirmation
     * @param autoPrompt whether to prompt when no identity was given at all
     */
    List<VaultSecret> load(List<String> vaultIds, List<String> passwordFiles, boolean askVaultPass,
            boolean newPassword, boolean autoPrompt) throws CliException {
        List<String> slugs = new ArrayList<>(vaultIds);
        for (String file : passwordFiles) {
            slugs.add(defaultId + "@" + file);
        }
        if (askVaultPass || (slugs.isEmpty() && autoPrompt)) {
            slugs.add(defaultId + "@prompt_ask_vault_pass");
        }
        CliException last = null;
        for (String slug : slugs) {
            int at = slug.indexOf('@');
            String label = at < 0 ? null : slug.substring(0, at);
            String source = at < 0 ? slug : slug.substring(at + 1);
            if (source.equals("prompt") || source.equals("prompt_ask_vault_pass")) {
                String id = label == null ? defaultId : label;
                found.add(new VaultSecret(id, prompted(id, source.equals("prompt"), newPassword, label)));
                continue;
            }
            try {
                found.add(new VaultSecret(label == null ? defaultId : label, fromFile(source, label)));
            } catch (CliException e) {
                last = e;
            }
        }
        if (last != null && found.isEmpty()) {
            throw last;
        }
        return List.copyOf(found);
    }

    private byte[] prompted(String id, boolean withId, boolean newPassword, String label) throws CliException {
        List<String> texts = newPassword
                ? (withId ? List.of("New vault password (" + id + "): ", "Confirm new vault password (" + id + "): ")
                        : List.of("New Vault password: ", "Confirm New Vault password: "))
                : List.of(withId ? "Vault password (" + id + "): " : "Vault password: ");
        byte[] first = null;
        for (String text : texts) {
            String answer = prompt.ask(text);
            String problem = answer == null ? "EOFError (ctrl-d) on prompt for (" + id + ")"
                    : answer.isEmpty() ? "Invalid vault password was provided" : null;
            if (problem != null) {
                warnings.accept("Error in vault password prompt (" + shown(label) + "): " + problem);
                throw new CliException(problem, ExitCodes.ERROR);
            }
            byte[] pw = answer.strip().getBytes(StandardCharsets.UTF_8);
            if (first != null && !Arrays.equals(first, pw)) {
                throw new CliException("Passwords do not match", ExitCodes.ERROR);
            }
            first = first == null ? pw : first;
        }
        return first;
    }

    private byte[] fromFile(String name, String label) throws CliException {
        Path path = absolute(name);
        if (!Files.exists(path)) {
            throw warned("Error getting vault password file (" + shown(label) + "): ",
                    "The vault password file " + path + " was not found");
        }
        try {
            byte[] pw = Files.isExecutable(path) && Files.isRegularFile(path)
                    ? new VaultPasswordScript(path, label).run()
                    : fileContent(path);
            if (pw.length == 0) {
                throw new VaultException("Invalid vault password was provided from "
                        + (Files.isExecutable(path) ? "script" : "file") + " (" + path + ")");
            }
            return pw;
        } catch (VaultException e) {
            throw warned("Error in vault password file loading (" + shown(label) + "): ", e.getMessage());
        }
    }

    private byte[] fileContent(Path path) throws VaultException {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new VaultException("Could not read vault password file " + path + ": " + e.getMessage());
        }
        String text = new String(data, StandardCharsets.ISO_8859_1).strip();
        if (VaultEnvelope.isVaulted(text)) {
            // a vaulted password file opens with a secret given before it
            data = new VaultSecrets(found, false, defaultId).decrypt(text, path.toString()).plaintext();
            text = new String(data, StandardCharsets.ISO_8859_1);
        }
        return stripNewlines(text).getBytes(StandardCharsets.ISO_8859_1);
    }

    static String stripNewlines(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '\r' || s.charAt(start) == '\n')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** A label as Python prints it: {@code None} when there is none. */
    static String shown(String label) {
        return label == null ? "None" : label;
    }

    private CliException warned(String prefix, String message) {
        warnings.accept(prefix + message);
        return new CliException(message, ExitCodes.ERROR);
    }

    private Path absolute(String name) {
        String expanded = name.equals("~") || name.startsWith("~/")
                ? System.getProperty("user.home") + name.substring(1) : name;
        return cwd.resolve(expanded).toAbsolutePath().normalize();
    }
}
