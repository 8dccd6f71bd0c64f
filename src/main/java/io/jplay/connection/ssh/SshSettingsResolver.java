package io.jplay.connection.ssh;

import io.jplay.connection.ConnectionTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a {@link ConnectionTarget}, its ssh words and {@code ~/.ssh/config} into {@link SshSettings}.
 * Precedence follows the command line Ansible builds: the host-key switch, port, key, user and timeout
 * from the target's variables first, then the ssh words, then the config file; the first value of a
 * key wins.
 */
final class SshSettingsResolver {
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private final Path sshDirectory;
    private final SshConfigFile config;
    private final String localUser;

    SshSettingsResolver(Path sshDirectory, String localUser) {
        this.sshDirectory = sshDirectory;
        this.config = SshConfigFile.read(sshDirectory.resolve("config"));
        this.localUser = localUser;
    }

    SshSettings resolve(ConnectionTarget target) {
        Map<String, String> options = new LinkedHashMap<>();
        if (!target.hostKeyChecking()) {
            options.put("stricthostkeychecking", "no");
        }
        if (target.port() > 0) {
            options.put("port", Integer.toString(target.port()));
        }
        if (target.privateKeyFile() != null && !target.privateKeyFile().isBlank()) {
            options.put("identityfile", target.privateKeyFile());
        }
        if (target.user() != null && !target.user().isBlank()) {
            options.put("user", target.user());
        }
        SshArgs.parse(target.sshArgs()).forEach(options::putIfAbsent);
        options.putIfAbsent("connecttimeout", Long.toString(target.timeout().toSeconds()));
        String name = target.address() == null || target.address().isBlank()
                ? target.inventoryName() : target.address();
        return resolve(name, options, target.password());
    }

    /** Resolves a jump host spec {@code [user@]host[:port]} (config file applies to it too). */
    SshSettings resolveJump(String spec, SshSettings via) {
        Map<String, String> options = new LinkedHashMap<>();
        String hostPart = spec;
        int at = spec.lastIndexOf('@');
        if (at >= 0) {
            options.put("user", spec.substring(0, at));
            hostPart = spec.substring(at + 1);
        }
        int colon = hostPart.lastIndexOf(':');
        if (colon > 0 && !hostPart.endsWith("]")) {
            options.put("port", hostPart.substring(colon + 1));
            hostPart = hostPart.substring(0, colon);
        }
        hostPart = hostPart.replace("[", "").replace("]", "");
        if (via.hostKeyPolicy() == HostKeyPolicy.OFF) {
            options.put("stricthostkeychecking", "no");
        }
        options.put("connecttimeout", Long.toString(via.connectTimeout().toSeconds()));
        SshSettings jump = resolve(hostPart, options, null);
        if (!jump.identityFiles().equals(defaultIdentityFiles())) {
            return jump;
        }
        // OpenSSH offers the same -i keys to the jump host (the jump ssh inherits the identity)
        List<Path> keys = new ArrayList<>(via.identityFiles());
        keys.removeAll(jump.identityFiles());
        keys.addAll(jump.identityFiles());
        return new SshSettings(jump.displayName(), jump.host(), jump.port(), jump.user(), null, keys,
                jump.proxyJump(), jump.hostKeyPolicy(), jump.knownHostsFiles(), jump.connectTimeout(),
                !keys.isEmpty() && via.identitiesGiven(), jump.identitiesOnly(), jump.identityAgent());
    }

    private SshSettings resolve(String name, Map<String, String> given, String password) {
        Map<String, String> options = new LinkedHashMap<>(given);
        config.optionsFor(name).forEach(options::putIfAbsent);
        String host = options.getOrDefault("hostname", name).replace("%h", name);
        int port = Integer.parseInt(options.getOrDefault("port", "22").strip());
        String user = options.getOrDefault("user", localUser);
        String jump = options.get("proxyjump");
        if (jump != null && jump.equalsIgnoreCase("none")) {
            jump = null;
        }
        List<Path> identities = options.containsKey("identityfile")
                ? List.of(expand(options.get("identityfile"))) : defaultIdentityFiles();
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("connecttimeout").strip()));
        return new SshSettings(name, host, port, user, password, identities, jump,
                HostKeyPolicy.fromOption(options.get("stricthostkeychecking")),
                knownHosts(options.get("userknownhostsfile")), timeout, options.containsKey("identityfile"),
                "yes".equalsIgnoreCase(options.getOrDefault("identitiesonly", "no").strip()),
                identityAgent(options.get("identityagent")));
    }

    private List<Path> defaultIdentityFiles() {
        List<Path> keys = new ArrayList<>();
        for (String key : DEFAULT_KEYS) {
            Path file = sshDirectory.resolve(key);
            if (Files.isRegularFile(file)) {
                keys.add(file);
            }
        }
        return keys;
    }

    private String identityAgent(String option) {
        if (option == null || option.isBlank()) {
            return null;
        }
        String value = SshArgs.unquote(option.strip());
        if (value.equalsIgnoreCase("none") || value.equals("SSH_AUTH_SOCK")) {
            return value.equalsIgnoreCase("none") ? "none" : null;
        }
        return expand(value).toString();
    }

    private List<Path> knownHosts(String option) {
        if (option == null) {
            return List.of(sshDirectory.resolve("known_hosts"), sshDirectory.resolve("known_hosts2"));
        }
        List<Path> files = new ArrayList<>();
        for (String word : option.strip().split("\\s+")) {
            files.add(expand(word));
        }
        return files;
    }

    private Path expand(String file) {
        String path = SshArgs.unquote(file.strip());
        if (path.startsWith("~/")) {
            Path home = sshDirectory.getParent() == null ? sshDirectory : sshDirectory.getParent();
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }
}
