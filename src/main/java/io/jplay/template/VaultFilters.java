package io.jplay.template;

import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecret;
import io.jplay.vault.VaultSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ansible's vault plugins on jplay's vault cipher: the {@code vault} and {@code unvault} filters
 * ({@code plugins/filter/encryption.py}) and the {@code unvault} lookup (a file from {@code files/},
 * decrypted with the run's secrets when it is vaulted).
 */
final class VaultFilters {
    private static final String FILTER_ID = "filter_default";

    private VaultFilters() {
    }

    static void register(Library lib) {
        lib.filter("vault", VaultFilters::vault);
        lib.filter("unvault", VaultFilters::unvault);
        lib.lookup("unvault", c -> {
            List<Object> out = new ArrayList<>();
            for (Object t : c.args()) {
                String term = PythonRepr.str(t);
                Path p = Lookups.find(c, "files", term);
                if (p == null || Files.isDirectory(p)) {
                    throw LookupFailure.of("ansible.errors.AnsibleParserError",
                            "Unable to find file matching \"" + term + "\" ");
                }
                out.add(new String(plaintext(c.rt().templater.controller().vaultSecrets(), p), StandardCharsets.UTF_8));
            }
            return out;
        });
    }

    /** Ansible's {@code get_real_file(decrypt=True)}: a vaulted file needs a secret before any decryption is tried. */
    private static byte[] plaintext(VaultSecrets secrets, Path p) throws TemplateException {
        byte[] data = Lookups.bytes(p);
        if (secrets.isEmpty() && io.jplay.vault.VaultEnvelope.isVaulted(data)) {
            throw LookupFailure.of("ansible.errors.AnsibleParserError",
                    "A vault password or secret must be specified to decrypt " + p);
        }
        try {
            return secrets.decryptIfVaulted(data, p.toString());
        } catch (VaultException e) {
            throw LookupFailure.of("ansible.parsing.vault.AnsibleVaultError", e.getMessage());
        }
    }

    private static Object vault(Call c) throws TemplateException {
        Object secret = defined(c.arg(0, "secret", null));
        Object data = defined(LazyVars.unwrap(c.value()));
        if (!(secret instanceof String s)) {
            throw new TemplateTypeError("Secret passed is required to be a string, instead we got: " + type(secret));
        }
        if (!(data instanceof String text)) {
            throw new TemplateTypeError("Can only vault strings, instead we got: " + type(data));
        }
        Object salt = c.arg(1, "salt", null);
        String id = c.string(2, "vaultid", FILTER_ID);
        try {
            VaultSecret vs = new VaultSecret(id, s.getBytes(StandardCharsets.UTF_8));
            String vaulted = VaultSecrets.none().encrypt(text.getBytes(StandardCharsets.UTF_8), vs,
                    salt == null ? null : PythonRepr.str(salt).getBytes(StandardCharsets.UTF_8));
            return c.bool(4, "wrap_object", false) ? c.rt().templater.vaultPlaintexts().markWrapped(vaulted) : vaulted;
        } catch (VaultException e) {
            throw new TemplateException("Unable to encrypt: " + e.getMessage() + ". " + e.getMessage(), e);
        }
    }

    private static Object unvault(Call c) throws TemplateException {
        Object secret = defined(c.arg(0, "secret", null));
        Object data = defined(LazyVars.unwrap(c.value()));
        if (!(secret instanceof String s)) {
            throw new TemplateTypeError("Secret passed is required to be as string, instead we got: " + type(secret));
        }
        if (data instanceof io.jplay.yaml.VaultText locked) {
            // a !vault value the run's secrets could not open: the filter's secret is its vault now
            data = locked.ciphertext();
        }
        if (!(data instanceof String text)) {
            throw new TemplateTypeError("Vault should be in the form of a string, instead we got: " + type(data));
        }
        if (!io.jplay.vault.VaultEnvelope.isVaulted(text)) {
            return text;
        }
        String id = c.string(1, "vaultid", FILTER_ID);
        VaultSecrets secrets = new VaultSecrets(List.of(new VaultSecret(id, s.getBytes(StandardCharsets.UTF_8))),
                false, VaultSecrets.DEFAULT_ID);
        try {
            return secrets.decrypt(text, null).text();
        } catch (VaultException e) {
            throw new TemplateException("Unable to decrypt: " + e.getMessage() + ". " + e.getMessage(), e);
        }
    }

    private static Object defined(Object v) throws TemplateException {
        if (v instanceof Undefined u) {
            throw u.error();
        }
        return v;
    }

    private static String type(Object v) {
        return "<class '" + PythonRepr.typeName(v) + "'>";
    }
}
