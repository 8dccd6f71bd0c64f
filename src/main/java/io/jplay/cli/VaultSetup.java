package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.vault.VaultSecret;
import io.jplay.vault.VaultSecrets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The vault secrets of a playbook or ad-hoc run: configured identities
 * ({@code vault_identity_list}) and {@code --vault-id}s, then {@code --vault-password-file}s and
 * {@code vault_password_file}, then a prompt with {@code --ask-vault-pass}. Without any of them
 * the run has no secrets and vaulted data fails as in Ansible; nothing is prompted for unasked.
 */
final class VaultSetup {
    private final AnsibleConfig config;
    private final Terminal terminal;
    private final Path cwd;
    private final Path home;

    VaultSetup(AnsibleConfig config, Terminal terminal, Path cwd, Path home) {
        this.config = config;
        this.terminal = terminal;
        this.cwd = cwd;
        this.home = home;
    }

    VaultSecrets forRun(JplayCommand cmd, Consumer<String> warnings) throws CliException {
        List<String> ids = new ArrayList<>(config.vaultIdentityList());
        ids.addAll(cmd.vaultIds);
        List<String> files = new ArrayList<>(cmd.vaultPasswordFiles);
        config.vaultPasswordFile().ifPresent(files::add);
        List<VaultSecret> secrets = identities(warnings).load(ids, files, cmd.askVaultPass || config.askVaultPass(),
                false, false);
        return secrets(secrets);
    }

    VaultIdentities identities(Consumer<String> warnings) {
        return new VaultIdentities(config.vaultIdentity(), this::prompt, warnings, cwd, home);
    }

    VaultSecrets secrets(List<VaultSecret> secrets) {
        return new VaultSecrets(secrets, config.vaultIdMatch(), config.vaultIdentity());
    }

    /** A hidden prompt on the terminal; without one, a line read from standard input, as Python's getpass does. */
    private String prompt(String text) {
        if (terminal.canPrompt()) {
            return terminal.prompt(text);
        }
        terminal.err().print(text);
        terminal.err().flush();
        return terminal.readLine();
    }
}
