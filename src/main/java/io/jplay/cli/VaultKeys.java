package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecret;
import io.jplay.vault.VaultSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The secrets a {@code jplay vault} action needs, chosen as ansible-vault chooses them: reading
 * actions need one secret to decrypt; writing actions ask for a new password (with confirmation)
 * unless one was given, and need to know which one to encrypt with; {@code rekey} needs both.
 */
final class VaultKeys {
    private final AnsibleConfig config;
    private final VaultSetup setup;
    private final Consumer<String> warnings;

    /**
     * @param decrypting the secrets that open existing vault texts (empty for create/encrypt)
     * @param encrypt the secret new vault texts are written with, or {@code null}
     */
    record Chosen(VaultSecrets decrypting, VaultSecret encrypt) {
    }

    VaultKeys(AnsibleConfig config, VaultSetup setup, Consumer<String> warnings) {
        this.config = config;
        this.setup = setup;
        this.warnings = warnings;
    }

    Chosen choose(VaultCommand.Options o) throws CliException, VaultException {
        List<String> ids = new ArrayList<>(config.vaultIdentityList());
        ids.addAll(o.vaultIds());
        String action = o.action();
        List<VaultSecret> secrets = List.of();
        VaultSecret encrypt = null;
        if (List.of("decrypt", "view", "rekey", "edit").contains(action)) {
            secrets = load(ids, o.passwordFiles(), o.askVaultPass(), false);
            if (secrets.isEmpty()) {
                throw new CliException("A vault password is required to use Ansible's Vault", ExitCodes.OPTIONS);
            }
        }
        if (List.of("encrypt", "encrypt_string", "create").contains(action)) {
            String encryptId = o.encryptVaultId() != null ? o.encryptVaultId()
                    : config.vaultEncryptIdentity().orElse(null);
            secrets = load(ids, o.passwordFiles(), o.askVaultPass(), true);
            if (secrets.size() > 1 && encryptId == null) {
                throw new CliException("The vault-ids " + String.join(",", secrets.stream().map(VaultSecret::vaultId)
                        .toList()) + " are available to encrypt. Specify the vault-id to encrypt with --encrypt-vault-id",
                        ExitCodes.OPTIONS);
            }
            if (secrets.isEmpty()) {
                throw new CliException("A vault password is required to use Ansible's Vault", ExitCodes.OPTIONS);
            }
            encrypt = match(secrets, encryptId);
        }
        if (action.equals("rekey")) {
            encrypt = newSecret(o);
        }
        return new Chosen(setup.secrets(secrets), encrypt);
    }

    private VaultSecret newSecret(VaultCommand.Options o) throws CliException, VaultException {
        String encryptId = o.encryptVaultId() != null ? o.encryptVaultId() : config.vaultEncryptIdentity().orElse(null);
        List<String> newIds = new ArrayList<>(encryptId != null ? config.vaultIdentityList() : List.of());
        if (o.newVaultId() != null) {
            newIds.add(o.newVaultId());
        }
        List<String> newFiles = o.newPasswordFile() == null ? List.of() : List.of(o.newPasswordFile());
        List<VaultSecret> fresh = load(newIds, newFiles, o.askVaultPass(), true);
        if (fresh.isEmpty()) {
            throw new CliException("A new vault password is required to use Ansible's Vault rekey", ExitCodes.OPTIONS);
        }
        return match(fresh, encryptId);
    }

    /** Identities, then password files (the configured one last), then the prompt if asked or nothing given. */
    private List<VaultSecret> load(List<String> ids, List<String> files, boolean ask, boolean newPassword)
            throws CliException {
        List<String> all = new ArrayList<>(files);
        config.vaultPasswordFile().ifPresent(all::add);
        return setup.identities(warnings).load(ids, all, ask, newPassword, true);
    }

    private static VaultSecret match(List<VaultSecret> secrets, String encryptId) throws VaultException {
        if (encryptId == null) {
            return secrets.get(0);
        }
        for (VaultSecret s : secrets) {
            if (s.vaultId().equals(encryptId)) {
                return s;
            }
        }
        throw new VaultException("Did not find a match for --encrypt-vault-id=" + encryptId + " in the known vault-ids "
                + VaultCommand.idList(secrets));
    }
}
