package io.jplay.connection.ssh;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.common.SecurityUtils;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * Checks a server's host key against known_hosts files (plain and hashed entries, read by sshj's
 * {@link OpenSSHKnownHosts}) under a {@link HostKeyPolicy}. One instance serves one connection
 * attempt: when it refuses a key it remembers why, so that the caller can report OpenSSH's message.
 */
final class KnownHostsVerifier implements HostKeyVerifier {
    private final SshSettings settings;
    private final List<Path> files;
    private volatile String failure;

    KnownHostsVerifier(SshSettings settings) {
        this.settings = settings;
        this.files = settings.knownHostsFiles();
    }

    /** OpenSSH's text for the refused key, or {@code null} when no key was refused. */
    String failure() {
        return failure;
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        if (settings.hostKeyPolicy() == HostKeyPolicy.OFF) {
            return true;
        }
        String name = settings.knownHostsName();
        KeyType type = KeyType.fromKey(key);
        if (revoked(name, type, key)) {
            failure = revokedMessage(key, name);
            return false;
        }
        for (Path file : files) {
            List<OpenSSHKnownHosts.KnownHostEntry> entries = entries(file);
            for (int i = 0; i < entries.size(); i++) {
                OpenSSHKnownHosts.KnownHostEntry entry = entries.get(i);
                try {
                    if (isRevocation(entry) || !entry.appliesTo(type, name)) {
                        continue;
                    }
                    if (entry.verify(key)) {
                        return true;
                    }
                    failure = changedMessage(key, file, i + 1);
                    return false;
                } catch (IOException e) {
                    // an unreadable entry does not vouch for the key
                }
            }
        }
        if (settings.hostKeyPolicy() == HostKeyPolicy.ACCEPT_NEW && !files.isEmpty()) {
            return remember(files.get(0), name, type, key);
        }
        failure = "Host key verification failed.";
        return false;
    }

    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        List<String> algorithms = new ArrayList<>();
        for (Path file : files) {
            for (OpenSSHKnownHosts.KnownHostEntry entry : entries(file)) {
                try {
                    if (entry.appliesTo(settings.knownHostsName()) && !algorithms.contains(entry.getType().toString())) {
                        algorithms.add(entry.getType().toString());
                    }
                } catch (IOException e) {
                    // skip
                }
            }
        }
        return algorithms;
    }

    /**
     * Whether an {@code @revoked} line for this host names the key. As in OpenSSH, such a line
     * refuses the key whatever other lines say and whatever the order of the lines.
     */
    private boolean revoked(String name, KeyType type, PublicKey key) {
        String fingerprint = SecurityUtils.getFingerprint(key);
        for (Path file : files) {
            for (OpenSSHKnownHosts.KnownHostEntry entry : entries(file)) {
                try {
                    if (isRevocation(entry) && entry.appliesTo(type, name) && fingerprint.equals(entry.getFingerprint())) {
                        return true;
                    }
                } catch (IOException e) {
                    // an unreadable entry revokes nothing
                }
            }
        }
        return false;
    }

    private static boolean isRevocation(OpenSSHKnownHosts.KnownHostEntry entry) {
        return entry instanceof OpenSSHKnownHosts.HostEntry
                && entry.getLine().startsWith(OpenSSHKnownHosts.Marker.REVOKED.getMarkerString() + " ");
    }

    /** OpenSSH's refusal of a key marked {@code @revoked} (strict or accept-new checking). */
    private static String revokedMessage(PublicKey key, String name) {
        String kind = keyKind(key);
        String at = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
        return String.join("\r\n",
                at,
                "@       WARNING: REVOKED HOST KEY DETECTED!               @",
                at,
                "The " + kind + " host key for " + name + " is marked as revoked.",
                "This could mean that a stolen key is being used to",
                "impersonate this host.",
                kind + " host key for " + name + " was revoked and you have requested strict checking.",
                "Host key verification failed.");
    }

    private boolean remember(Path file, String name, KeyType type, PublicKey key) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            OpenSSHKnownHosts hosts = new OpenSSHKnownHosts(file.toFile());
            hosts.write(new OpenSSHKnownHosts.HostEntry(null, name, type, key));
            return true;
        } catch (IOException e) {
            failure = "Failed to add the host to the list of known hosts (" + file + ").\r\nHost key verification failed.";
            return false;
        }
    }

    private static List<OpenSSHKnownHosts.KnownHostEntry> entries(Path file) {
        File f = file.toFile();
        if (!f.isFile()) {
            return List.of();
        }
        try {
            return new OpenSSHKnownHosts(f).entries();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String changedMessage(PublicKey key, Path file, int line) {
        String kind = keyKind(key);
        String at = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
        return String.join("\r\n",
                at,
                "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @",
                at,
                "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!",
                "Someone could be eavesdropping on you right now (man-in-the-middle attack)!",
                "It is also possible that a host key has just been changed.",
                "The fingerprint for the " + kind + " key sent by the remote host is\n" + fingerprint(key) + ".",
                "Please contact your system administrator.",
                "Add correct host key in " + file + " to get rid of this message.",
                "Offending " + kind + " key in " + file + ":" + line,
                "  remove with:",
                "  ssh-keygen -f \"" + file + "\" -R \"" + settings.knownHostsName() + "\"",
                "Host key for " + settings.knownHostsName() + " has changed and you have requested strict checking.",
                "Host key verification failed.");
    }

    /** {@code SHA256:...} as OpenSSH prints it. */
    static String fingerprint(PublicKey key) {
        try {
            byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ED25519, ECDSA, RSA: OpenSSH's short key kind. */
    static String keyKind(PublicKey key) {
        String type = KeyType.fromKey(key).toString();
        if (type.contains("ed25519")) {
            return "ED25519";
        }
        if (type.startsWith("ecdsa")) {
            return "ECDSA";
        }
        return type.replace("ssh-", "").toUpperCase(Locale.ROOT);
    }
}
