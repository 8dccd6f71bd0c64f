package io.jplay.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** OpenSSH's sshd in the foreground ({@code -D -e}), stopped by PID together with its children. */
final class OpenSshBackend implements ServerBackend {
    private final Process process;
    private final int port;
    private final String hostKey;
    private final Path log;

    private OpenSshBackend(Process process, int port, String hostKey, Path log) {
        this.process = process;
        this.port = port;
        this.hostKey = hostKey;
        this.log = log;
    }

    static OpenSshBackend start(Path dir, List<String> extraConfig) throws IOException, InterruptedException {
        return start(dir, extraConfig, SshdServer.freePort());
    }

    /** Starts sshd on {@code port} (a restart keeps the port its clients know). */
    static OpenSshBackend start(Path dir, List<String> extraConfig, int port) throws IOException, InterruptedException {
        Path hostKey = dir.resolve("host_ed25519");
        if (!Files.exists(hostKey)) {
            keygen(hostKey);
        }
        Path clientKey = dir.resolve("client_key");
        if (!Files.exists(clientKey)) {
            keygen(clientKey);
            Path authorized = dir.resolve("authorized_keys");
            Files.copy(dir.resolve("client_key.pub"), authorized);
        }
        Path runDir = Path.of("/run/sshd");
        if (!Files.isDirectory(runDir)) {
            try {
                Files.createDirectories(runDir);
            } catch (IOException e) {
                // only root needs (and can create) the privilege separation directory
            }
        }
        List<String> config = new ArrayList<>(extraConfig);
        config.addAll(List.of(
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "UsePAM no",
                "StrictModes no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "MaxSessions 100",
                "MaxStartups 100:30:200",
                "LogLevel ERROR",
                "Subsystem sftp internal-sftp"));
        Path configFile = dir.resolve("sshd_config");
        Files.write(configFile, config, StandardCharsets.UTF_8);
        Path log = dir.resolve("sshd.log");
        Process process = new ProcessBuilder(SshdServer.OPENSSH_SSHD.toString(), "-D", "-e", "-f", configFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String key = Files.readString(dir.resolve("host_ed25519.pub")).strip();
        String[] fields = key.split(" ");
        return new OpenSshBackend(process, port, fields[0] + " " + fields[1], log);
    }

    static void keygen(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "jplay-test", "-f",
                file.toString()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("ssh-keygen failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String hostPublicKey() {
        return hostKey;
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String diagnostics() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void stop() {
        ProcessTree.stop(process, false);
    }

    /**
     * Ends only the listening sshd, by its PID, as {@code systemctl restart ssh} does: the sessions it
     * forked keep running (and end when their clients disconnect).
     */
    void stopListener() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The PID of the listening sshd. */
    long pid() {
        return process.pid();
    }
}
