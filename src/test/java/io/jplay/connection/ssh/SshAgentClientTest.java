package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent protocol against a real OpenSSH ssh-agent. */
@Tag("ssh")
class SshAgentClientTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsAgent() {
        assumeTrue(AgentProcess.available(), "ssh-agent and ssh-add are not installed");
    }

    @Test
    void emptyAgentListsNoKeys() throws Exception {
        try (AgentProcess agent = AgentProcess.start(dir)) {
            assertEquals(List.of(), new SshAgentClient(agent.socket()).identities());
        }
    }

    @Test
    void listsAddedKeysWithTheirBlobsAndComments() throws Exception {
        Path ed = AgentProcess.keygen(dir.resolve("ed"), "ed25519", "");
        Path rsa = AgentProcess.keygen(dir.resolve("rsa"), "rsa", "");
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(ed, null);
            agent.add(rsa, null);
            List<SshAgentClient.AgentIdentity> keys = new SshAgentClient(agent.socket()).identities();
            assertEquals(2, keys.size());
            assertEquals("ssh-ed25519", keys.get(0).keyType());
            assertArrayEquals(AuthMethodOrder.publicKeyBlob(Path.of(ed + ".pub")), keys.get(0).publicKeyBlob());
            assertEquals("ssh-rsa", keys.get(1).keyType());
            assertArrayEquals(AuthMethodOrder.publicKeyBlob(Path.of(rsa + ".pub")), keys.get(1).publicKeyBlob());
            assertEquals("jplay-agent-test", keys.get(1).comment());
        }
    }

    @Test
    void rsaSignFlagsSelectTheHash() throws Exception {
        Path rsa = AgentProcess.keygen(dir.resolve("rsa"), "rsa", "");
        byte[] data = "data to sign".getBytes(StandardCharsets.UTF_8);
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(rsa, null);
            SshAgentClient client = new SshAgentClient(agent.socket());
            byte[] blob = client.identities().get(0).publicKeyBlob();
            PublicKey key = rsaKey(blob);
            assertValidSignature(client.sign(blob, data, SshAgentClient.SSH_AGENT_RSA_SHA2_256), "rsa-sha2-256",
                    "SHA256withRSA", key, data);
            assertValidSignature(client.sign(blob, data, SshAgentClient.SSH_AGENT_RSA_SHA2_512), "rsa-sha2-512",
                    "SHA512withRSA", key, data);
            assertValidSignature(client.sign(blob, data, 0), "ssh-rsa", "SHA1withRSA", key, data);
        }
    }

    @Test
    void ed25519SignatureNamesItsAlgorithm() throws Exception {
        Path ed = AgentProcess.keygen(dir.resolve("ed"), "ed25519", "");
        try (AgentProcess agent = AgentProcess.start(dir)) {
            agent.add(ed, null);
            SshAgentClient client = new SshAgentClient(agent.socket());
            ByteBuffer signature = ByteBuffer.wrap(client.sign(client.identities().get(0).publicKeyBlob(),
                    new byte[] {1, 2, 3}, 0));
            assertEquals("ssh-ed25519", new String(string(signature), StandardCharsets.US_ASCII));
            assertEquals(64, string(signature).length);
        }
    }

    @Test
    void signingWithAKeyTheAgentDoesNotHoldFails() throws Exception {
        Path ed = AgentProcess.keygen(dir.resolve("ed"), "ed25519", "");
        try (AgentProcess agent = AgentProcess.start(dir)) {
            SshAgentClient client = new SshAgentClient(agent.socket());
            byte[] blob = AuthMethodOrder.publicKeyBlob(Path.of(ed + ".pub"));
            IOException e = assertThrows(IOException.class, () -> client.sign(blob, new byte[] {1}, 0));
            assertTrue(e.getMessage().contains("refused to sign"), e.getMessage());
        }
    }

    @Test
    void missingSocketIsAnIoError() {
        SshAgentClient client = new SshAgentClient(dir.resolve("no-such.sock"));
        assertThrows(IOException.class, client::identities);
    }

    private static void assertValidSignature(byte[] wire, String algorithm, String jcaName, PublicKey key,
            byte[] data) throws Exception {
        ByteBuffer buffer = ByteBuffer.wrap(wire);
        assertEquals(algorithm, new String(string(buffer), StandardCharsets.US_ASCII));
        Signature verifier = Signature.getInstance(jcaName);
        verifier.initVerify(key);
        verifier.update(data);
        assertTrue(verifier.verify(string(buffer)), algorithm + " signature does not verify");
    }

    private static PublicKey rsaKey(byte[] blob) throws Exception {
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        assertEquals("ssh-rsa", new String(string(buffer), StandardCharsets.US_ASCII));
        BigInteger e = new BigInteger(string(buffer));
        BigInteger n = new BigInteger(string(buffer));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
    }

    private static byte[] string(ByteBuffer buffer) {
        byte[] value = new byte[buffer.getInt()];
        buffer.get(value);
        return value;
    }
}
