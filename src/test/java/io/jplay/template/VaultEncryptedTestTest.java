package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.vault.VaultSecret;
import io.jplay.vault.VaultSecrets;
import io.jplay.yaml.VaultText;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vault_encrypted test follows Ansible's encrypted object: true while it is passed on, false for new text. */
class VaultEncryptedTestTest {
    private final AnsibleTemplater t = new AnsibleTemplater(w -> { });
    private final Map<String, Object> vars = new HashMap<>();

    VaultEncryptedTestTest() throws Exception {
        VaultSecret secret = new VaultSecret(VaultSecrets.DEFAULT_ID, "pw".getBytes(StandardCharsets.UTF_8));
        VaultSecrets secrets = new VaultSecrets(List.of(secret), false, VaultSecrets.DEFAULT_ID);
        VaultText enc = new VaultText(secrets.encrypt("hello".getBytes(StandardCharsets.UTF_8), secret), secrets);
        vars.put("enc", enc);
        vars.put("lst", List.of(enc));
        vars.put("dct", Map.of("k", enc));
        vars.put("plain", "hello");
        vars.put("alias", "{{ enc }}");
    }

    private Object test(String expression) throws TemplateException {
        return t.template("{{ " + expression + " is vault_encrypted }}", vars);
    }

    @Test
    void aVaultValuePassedOnUnchangedIsEncrypted() throws Exception {
        for (String e : List.of("enc", "lst[0]", "dct.k", "dct.get('k')", "[enc] | first", "enc | default('x')",
                "(enc if true else 1)", "(enc or 'x')", "enc | ansible.builtin.mandatory")) {
            assertEquals(true, test(e), e);
        }
        assertEquals(true, t.template("{{ enc is ansible.builtin.vault_encrypted }}", vars));
    }

    @Test
    void newTextMadeFromAVaultValueIsNot() throws Exception {
        for (String e : List.of("plain", "'hello'", "enc | string", "enc | trim", "enc | lower", "enc.strip()",
                "(enc ~ '')", "enc[:]", "lst", "alias")) {
            assertEquals(false, test(e), e);
        }
    }

    @Test
    void aTemplatedCopyIsPlainTextButTheRawValueStaysAVaultValue() throws Exception {
        Object copied = t.template("{{ enc }}", vars);
        Object kept = t.template(vars.get("enc"), vars);
        assertEquals("hello", copied);
        assertEquals(false, t.template("{{ x is vault_encrypted }}", Map.of("x", copied)));
        assertEquals(true, t.template("{{ x is vault_encrypted }}", Map.of("x", kept)));
        Object list = t.template("{{ lst }}", vars);
        assertEquals(false, t.template("{{ x[0] is vault_encrypted }}", Map.of("x", list)));
    }
}
