package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jplay vault} and the vault options of a run, checked both ways against ansible-vault when installed. */
class VaultCommandTest {
    @TempDir
    Path dir;

    private JplayRun jplay(String... args) {
        return JplayRun.run(dir, Map.of(), args);
    }

    private JplayRun jplay(Map<String, String> env, String... args) {
        return JplayRun.run(dir, env, args);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /** Runs ansible-vault in {@link #dir}; skips the test when it is not installed. */
    private String ansibleVault(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ansible-vault"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            assumeTrue(false, "ansible-vault is not installed: the cross-check with Ansible is skipped");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> "ansible-vault " + args[0] + ": " + err);
        return out;
    }

    @Test
    void helpListsTheActionsAndExitsZero() {
        JplayRun help = jplay("vault", "--help");
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().startsWith("usage: jplay vault [-h] {create,decrypt,"), help.stdout());
        assertTrue(help.stdout().contains("\n    encrypt_string      "), help.stdout());
        assertEquals(2, jplay("vault").exitCode());
    }

    @Test
    void filesJplayEncryptsOpenWithAnsibleVault() throws Exception {
        write("pw", "jplay pass\n");
        write("data.yml", "key: value\n");
        JplayRun enc = jplay("vault", "encrypt", "--vault-password-file", "pw", "data.yml");
        assertEquals(0, enc.exitCode(), enc.stderr());
        assertTrue(read("data.yml").startsWith("$ANSIBLE_VAULT;1.1;AES256\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data.yml"))));
        write("labelled.yml", "other: 2\n");
        assertEquals(0, jplay("vault", "encrypt", "--vault-id", "prod@pw", "labelled.yml").exitCode());
        assertTrue(read("labelled.yml").startsWith("$ANSIBLE_VAULT;1.2;AES256;prod\n"));
        assertEquals("key: value\n", ansibleVault("view", "--vault-password-file", "pw", "data.yml"));
        assertEquals("other: 2\n", ansibleVault("view", "--vault-id", "prod@pw", "labelled.yml"));
    }

    @Test
    void filesAnsibleVaultEncryptsOpenWithJplay() throws Exception {
        write("pw", "ansible pass\n");
        write("data.yml", "key: value\n");
        ansibleVault("encrypt", "--vault-id", "dev@pw", "data.yml");
        JplayRun view = jplay("vault", "view", "--vault-id", "dev@pw", "data.yml");
        assertEquals(0, view.exitCode(), view.stderr());
        assertEquals("key: value\n", view.stdout());
        JplayRun dec = jplay("vault", "decrypt", "--vault-password-file", "pw", "data.yml", "--output", "plain.yml");
        assertEquals(0, dec.exitCode(), dec.stderr());
        assertEquals("key: value\n", read("plain.yml"));
    }

    @Test
    void rekeyedFilesOpenOnlyWithTheNewPassword() throws Exception {
        write("old", "old\n");
        write("new", "new\n");
        write("f.yml", "x: 1\n");
        assertEquals(0, jplay("vault", "encrypt", "--vault-password-file", "old", "f.yml").exitCode());
        JplayRun rekey = jplay("vault", "rekey", "--vault-password-file", "old", "--new-vault-id", "n@new", "f.yml");
        assertEquals(0, rekey.exitCode(), rekey.stderr());
        assertEquals("Rekey successful\n", rekey.stderr());
        assertTrue(read("f.yml").startsWith("$ANSIBLE_VAULT;1.2;AES256;n\n"));
        JplayRun wrong = jplay("vault", "view", "--vault-password-file", "old", "f.yml");
        assertEquals(1, wrong.exitCode());
        assertEquals("ERROR! Decryption failed (no vault secrets were found that could decrypt) on f.yml for f.yml\n",
                wrong.stderr());
        assertEquals("x: 1\n", jplay("vault", "view", "--vault-password-file", "new", "f.yml").stdout());
    }

    @Test
    void encryptStringGivesYamlThatAPlaybookDecryptsWhenUsed() throws Exception {
        write("pw", "s\n");
        JplayRun s = jplay("vault", "encrypt_string", "--vault-password-file", "pw", "-n", "token", "hunter2");
        assertEquals(0, s.exitCode(), s.stderr());
        assertTrue(s.stdout().startsWith("token: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          "));
        assertFalse(s.stdout().endsWith("\n"));
        write("vars.yml", s.stdout() + "\nplain: 1\n");
        write("pb.yml", "- hosts: localhost\n  gather_facts: false\n  vars_files: [vars.yml]\n  tasks:\n"
                + "    - debug: var=plain\n    - debug: msg=\"{{ token }}-{{ token | length }}\"\n");
        JplayRun run = jplay(Map.of("ANSIBLE_VAULT_PASSWORD_FILE", dir.resolve("pw").toString()),
                "-i", "localhost,", "-c", "local", "pb.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("\"msg\": \"hunter2-7\""), run.stdout());
        JplayRun none = jplay("-i", "localhost,", "-c", "local", "pb.yml");
        assertEquals(2, none.exitCode());
        assertTrue(none.stdout().contains("\"plain\": 1"), "an unused vaulted value needs no secret");
        assertTrue(none.stdout().contains("{\"msg\": \"Attempting to decrypt but no vault secrets found\"}"),
                none.stdout());
    }

    @Test
    void secretsComeFromScriptsClientScriptsAndAnsibleCfg() throws Exception {
        write("pw", "from file\n");
        write("secret.yml", "v: 42\n");
        assertEquals(0, jplay("vault", "encrypt", "--vault-password-file", "pw", "secret.yml").exitCode());
        write("pb.yml", "- hosts: localhost\n  gather_facts: false\n  vars_files: [secret.yml]\n  tasks:\n"
                + "    - debug: var=v\n");
        write("pass.sh", "#!/bin/sh\necho 'from file'\n");
        write("keys-client.sh", "#!/bin/sh\n[ \"$2\" = dev ] && { echo 'from file'; exit 0; }\necho \"no $2\" >&2\nexit 2\n");
        for (String s : List.of("pass.sh", "keys-client.sh")) {
            Files.setPosixFilePermissions(dir.resolve(s), PosixFilePermissions.fromString("rwx------"));
        }
        String[] base = {"-i", "localhost,", "-c", "local", "pb.yml"};
        assertEquals(0, jplay(concat(base, "--vault-password-file", "pass.sh")).exitCode());
        assertEquals(0, jplay(concat(base, "--vault-id", "dev@keys-client.sh")).exitCode());
        JplayRun unknown = jplay(concat(base, "--vault-id", "prod@keys-client.sh"));
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.stderr().endsWith("ERROR! Vault password client script " + dir.resolve("keys-client.sh")
                + " did not find a secret for vault-id=prod: b'no prod\\n'\n"), unknown.stderr());
        write("ansible.cfg", "[defaults]\nvault_password_file = pw\n");
        assertEquals(0, jplay(Map.of("ANSIBLE_CONFIG", dir.resolve("ansible.cfg").toString()), base).exitCode());
        Files.delete(dir.resolve("ansible.cfg"));
        JplayRun missing = jplay(concat(base, "--vault-password-file", "nope"));
        assertEquals(1, missing.exitCode());
        assertTrue(missing.stderr().contains("[WARNING]: Error getting vault password file (default): The vault password "
                + "file " + dir.resolve("nope") + " was not found"), missing.stderr());
    }

    @Test
    void optionsAnsibleVaultRejectsAreRejected() throws Exception {
        write("a", "a\n");
        write("b", "b\n");
        write("f.yml", "x: 1\n");
        JplayRun two = jplay("vault", "encrypt", "--vault-id", "a@a", "--vault-id", "b@b", "f.yml");
        assertEquals(5, two.exitCode());
        assertEquals("ERROR! The vault-ids a,b are available to encrypt. Specify the vault-id to encrypt with "
                + "--encrypt-vault-id\n", two.stderr());
        assertEquals(2, jplay("vault", "bogus").exitCode());
        assertEquals(5, jplay("vault", "encrypt", "--vault-id", "x;y@a", "f.yml").exitCode());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
