package io.jplay.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec against texts ansible-vault 2.14 wrote (fixtures in src/test/resources/vault). */
class VaultCodecTest {
    private static final Path FIXTURES = Path.of("src/test/resources/vault");
    private static final byte[] FIXTURE_PW = "ansible-vault fixture password".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_PW = "otherpw".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VECTOR_PW = "vector password".getBytes(StandardCharsets.UTF_8);

    private static String fixture(String name) throws Exception {
        return Files.readString(FIXTURES.resolve(name), StandardCharsets.US_ASCII);
    }

    private static VaultSecrets secrets(VaultSecret... s) {
        return new VaultSecrets(List.of(s), false, VaultSecrets.DEFAULT_ID);
    }

    @Test
    void encryptsByteForByteAsAnsibleVaultWithTheSameSalt() throws Exception {
        byte[] salt = new byte[32];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) i;
        }
        VaultAes256 aes = new VaultAes256(new SecureRandom());
        String payload = aes.encrypt("hello vault\n".getBytes(StandardCharsets.UTF_8), VECTOR_PW, salt);
        assertEquals(fixture("vector-salt-0-31.vault"), VaultEnvelope.of("AES256", "default", payload).format());
        String labelled = aes.encrypt("labelled\n".getBytes(StandardCharsets.UTF_8), VECTOR_PW, salt);
        assertEquals(fixture("vector-dev-salt-0-31.vault"), VaultEnvelope.of("AES256", "dev", labelled).format());
    }

    @Test
    void decryptsFormat11AndBinaryAndEmptyFiles() throws Exception {
        VaultSecrets s = secrets(new VaultSecret("default", FIXTURE_PW));
        assertArrayEquals(Files.readAllBytes(FIXTURES.resolve("plain.yml")),
                s.decrypt(fixture("v11.yml"), "v11.yml").plaintext());
        assertArrayEquals(Files.readAllBytes(FIXTURES.resolve("binary.bin")),
                s.decrypt(fixture("binary.vault"), "binary.vault").plaintext());
        assertEquals(0, s.decrypt(fixture("empty.vault"), "empty.vault").plaintext().length);
    }

    @Test
    void decryptsLabelledFormat12WithAnyMatchingSecretUnlessIdsMustMatch() throws Exception {
        VaultSecret wrong = new VaultSecret("default", FIXTURE_PW);
        VaultSecret right = new VaultSecret("other", OTHER_PW);
        VaultSecrets.Decrypted d = secrets(wrong, right).decrypt(fixture("v12.yml"), "v12.yml");
        assertEquals("other", d.vaultId());
        assertTrue(d.text().contains("secret_value"));
        VaultSecrets strict = new VaultSecrets(List.of(wrong, right), true, "default");
        VaultException e = assertThrows(VaultException.class, () -> strict.decrypt(fixture("v12.yml"), "/x/v12.yml"));
        assertEquals("Decryption failed (no vault secrets were found that could decrypt) on /x/v12.yml", e.getMessage());
        VaultSecrets prod = new VaultSecrets(List.of(new VaultSecret("prod", OTHER_PW)), true, "default");
        assertEquals("prod", prod.decrypt(fixture("v12.yml"), null).vaultId());
    }

    @Test
    void failsAsAnsibleWithoutSecretsOrWithTheWrongOne() throws Exception {
        VaultException none = assertThrows(VaultException.class, () -> VaultSecrets.none().decrypt(fixture("v11.yml"), "f"));
        assertEquals("Attempting to decrypt but no vault secrets found", none.getMessage());
        VaultSecrets wrong = secrets(new VaultSecret("default", "nope".getBytes(StandardCharsets.UTF_8)));
        VaultException e = assertThrows(VaultException.class, () -> wrong.decrypt(fixture("v11.yml"), "/p/v11.yml"));
        assertEquals("Decryption failed (no vault secrets were found that could decrypt) on /p/v11.yml", e.getMessage());
    }

    @Test
    void reportsMalformedTextAsAFormatError() throws Exception {
        VaultSecrets s = secrets(new VaultSecret("default", FIXTURE_PW));
        assertEquals("Vault envelope format error in f: list index out of range",
                assertThrows(VaultFormatException.class, () -> s.decrypt("$ANSIBLE_VAULT;1.1\n00\n", "f")).getMessage());
        assertInstanceOf(VaultFormatException.class,
                assertThrows(VaultException.class, () -> s.decrypt("$ANSIBLE_VAULT;1.1;AES256\nzz\n", "f")));
        assertEquals("AES256X cipher could not be found",
                assertThrows(VaultException.class, () -> s.decrypt("$ANSIBLE_VAULT;1.1;AES256X\n00\n", "f")).getMessage());
    }

    @Test
    void roundTripsWithFreshSaltsAndLabels() throws Exception {
        VaultSecret dev = new VaultSecret("dev", "s3cret".getBytes(StandardCharsets.UTF_8));
        VaultSecrets s = secrets(dev);
        byte[] plain = "multi\nline ünïcode\n".getBytes(StandardCharsets.UTF_8);
        String a = s.encrypt(plain, dev);
        String b = s.encrypt(plain, dev);
        assertFalse(a.equals(b), "a fresh salt each time");
        assertTrue(a.startsWith("$ANSIBLE_VAULT;1.2;AES256;dev\n"));
        assertArrayEquals(plain, s.decrypt(a, null).plaintext());
        assertTrue(s.encrypt(plain, new VaultSecret("default", FIXTURE_PW)).startsWith("$ANSIBLE_VAULT;1.1;AES256\n"));
        assertEquals("input is already encrypted",
                assertThrows(VaultException.class, () -> s.encrypt(a.getBytes(StandardCharsets.US_ASCII), dev)).getMessage());
    }

    @Test
    void derivesNonUtf8PasswordsLikeUtf8Ones() throws Exception {
        byte[] salt = "salt".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(Pbkdf2.deriveWithMac(VECTOR_PW, salt, 10, 80), Pbkdf2.derive(VECTOR_PW, salt, 10, 80));
        byte[] latin1 = {(byte) 0xff, 'p', 'w'};
        VaultSecret odd = new VaultSecret("default", latin1);
        assertEquals("non-utf8 password\n", secrets(odd).decrypt(fixture("vector-nonutf8-pw.vault"), null).text());
        assertEquals("x", secrets(odd).decrypt(secrets(odd).encrypt("x".getBytes(StandardCharsets.UTF_8), odd), null).text());
    }

    @Test
    void recognisesVaultedDataOnlyWhenAsciiWithTheHeader() {
        assertTrue(VaultEnvelope.isVaulted("$ANSIBLE_VAULT;1.1;AES256\n"));
        assertFalse(VaultEnvelope.isVaulted(" $ANSIBLE_VAULT"));
        assertFalse(VaultEnvelope.isVaulted("$ANSIBLE_VAULT é".getBytes(StandardCharsets.UTF_8)));
    }
}
