package io.jplay.connection.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.userauth.method.AuthKeyboardInteractive;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPassword;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import net.schmizz.sshj.userauth.method.PasswordResponseProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.PasswordUtils;
import net.schmizz.sshj.userauth.password.Resource;

/**
 * The authentication methods of one connection, in OpenSSH's order: named identity files first, then
 * the keys of ssh-agent, then the default {@code ~/.ssh/id_*} keys (which OpenSSH offers only when no
 * identity file is named), then the password. A key file whose {@code .pub} the agent also holds is
 * signed by the agent, so an encrypted key loaded into the agent needs no passphrase; each key is
 * offered once. {@code IdentitiesOnly yes} limits agent keys to those of the identity files;
 * {@code IdentityAgent none} turns the agent off.
 */
final class AuthMethodOrder {
    private final SshOptions options;

    AuthMethodOrder(SshOptions options) {
        this.options = options;
    }

    List<AuthMethod> methods(SSHClient client, SshSettings settings) {
        SshAgentClient agent = agent(settings);
        List<SshAgentClient.AgentIdentity> agentKeys = agentKeys(agent);
        List<SshAgentClient.AgentIdentity> offered = new ArrayList<>();
        List<AuthMethod> methods = new ArrayList<>();
        if (!settings.identitiesGiven() && !settings.identitiesOnly()) {
            addAgentKeys(methods, agent, agentKeys, offered);
        }
        for (Path key : settings.identityFiles()) {
            SshAgentClient.AgentIdentity held = heldByAgent(key, agentKeys);
            if (held != null) {
                if (!offered.contains(held)) {
                    offered.add(held);
                    methods.add(new AgentAuthMethod(agent, held));
                }
            } else if (Files.isRegularFile(key)) {
                try {
                    methods.add(new AuthPublickey(client.loadKeys(key.toString(), passphraseFor(key))));
                } catch (IOException | RuntimeException e) {
                    // unreadable or unsupported key: OpenSSH skips it too
                }
            }
        }
        if (settings.identitiesGiven() && !settings.identitiesOnly()) {
            addAgentKeys(methods, agent, agentKeys, offered);
        }
        if (settings.password() != null) {
            methods.add(new AuthPassword(PasswordUtils.createOneOff(settings.password().toCharArray())));
            methods.add(new AuthKeyboardInteractive(new PasswordResponseProvider(
                    PasswordUtils.createOneOff(settings.password().toCharArray()))));
        }
        return methods;
    }

    private static void addAgentKeys(List<AuthMethod> methods, SshAgentClient agent,
            List<SshAgentClient.AgentIdentity> keys, List<SshAgentClient.AgentIdentity> offered) {
        for (SshAgentClient.AgentIdentity key : keys) {
            if (!offered.contains(key)) {
                offered.add(key);
                methods.add(new AgentAuthMethod(agent, key));
            }
        }
    }

    private SshAgentClient agent(SshSettings settings) {
        String override = settings.identityAgent();
        if ("none".equals(override)) {
            return null;
        }
        if (override != null) {
            return new SshAgentClient(Path.of(override));
        }
        return options.agentSocket() == null ? null : new SshAgentClient(options.agentSocket());
    }

    /** The agent's keys; none when there is no agent or it cannot be reached (OpenSSH goes on too). */
    private static List<SshAgentClient.AgentIdentity> agentKeys(SshAgentClient agent) {
        if (agent == null) {
            return List.of();
        }
        try {
            return agent.identities();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static SshAgentClient.AgentIdentity heldByAgent(Path key, List<SshAgentClient.AgentIdentity> agentKeys) {
        if (agentKeys.isEmpty()) {
            return null;
        }
        byte[] blob = publicKeyBlob(Path.of(key + ".pub"));
        if (blob == null) {
            return null;
        }
        for (SshAgentClient.AgentIdentity identity : agentKeys) {
            if (identity.sameKey(blob)) {
                return identity;
            }
        }
        return null;
    }

    /** The key blob of an OpenSSH public key file ({@code type base64 [comment]}), or {@code null}. */
    static byte[] publicKeyBlob(Path pubFile) {
        try {
            if (!Files.isRegularFile(pubFile)) {
                return null;
            }
            String[] fields = Files.readString(pubFile).strip().split("\\s+");
            return fields.length < 2 ? null : Base64.getDecoder().decode(fields[1]);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private PasswordFinder passphraseFor(Path key) {
        return new PasswordFinder() {
            private char[] known;

            @Override
            public synchronized char[] reqPassword(Resource<?> resource) {
                if (known == null) {
                    known = options.passphrases().passphrase(key);
                }
                return known == null ? null : known.clone();
            }

            @Override
            public boolean shouldRetry(Resource<?> resource) {
                return false;
            }
        };
    }
}
