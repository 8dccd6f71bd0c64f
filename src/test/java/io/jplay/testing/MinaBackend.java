package io.jplay.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.shell.ProcessShellCommandFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * Apache MINA SSHD in-process, for machines without OpenSSH's sshd. Commands run as the JVM user
 * through the stock {@link ProcessShellCommandFactory}; the generated client key and the keys added to
 * {@code authorized_keys} ({@link SshdServer#authorizeKey}) may log in.
 */
final class MinaBackend implements ServerBackend {
    private final SshServer server;
    private final String hostKey;

    private MinaBackend(SshServer server, String hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    static MinaBackend start(Path dir) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            Path clientKeyFile = dir.resolve("client_key");
            KeyPair client = generator.generateKeyPair();
            try (OutputStream out = Files.newOutputStream(clientKeyFile)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(client, "jplay-test", null, out);
            }
            // private to its owner, as ssh-add and OpenSSH demand of a private key
            Files.setPosixFilePermissions(clientKeyFile, PosixFilePermissions.fromString("rw-------"));
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(dir.resolve("mina_host_key"));
            // an Ed25519 host key, as OpenSSH offers first: the known_hosts tests name the key type
            hostKeys.setAlgorithm("Ed25519");
            server.setKeyPairProvider(hostKeys);
            PublicKey allowed = client.getPublic();
            AuthorizedKeysAuthenticator extra = new AuthorizedKeysAuthenticator(dir.resolve("authorized_keys"));
            server.setPublickeyAuthenticator((user, key, session) -> key.equals(allowed)
                    || extra.authenticate(user, key, session));
            // OpenSSH as the tests configure it: public keys only (no keyboard-interactive or
            // password), and TCP forwarding for ProxyJump
            server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
            server.setKeyboardInteractiveAuthenticator(null);
            server.setPasswordAuthenticator(null);
            server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
            server.setCommandFactory(ProcessShellCommandFactory.INSTANCE);
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.start();
            PublicKey hostPublic = hostKeys.loadKeys(null).iterator().next().getPublic();
            return new MinaBackend(server, PublicKeyEntry.toString(hostPublic));
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    @Override
    public int port() {
        return server.getPort();
    }

    @Override
    public String hostPublicKey() {
        return hostKey;
    }

    @Override
    public boolean isAlive() {
        return server.isStarted();
    }

    @Override
    public String diagnostics() {
        return "embedded MINA SSHD";
    }

    @Override
    public void stop() {
        try {
            server.stop(true);
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
