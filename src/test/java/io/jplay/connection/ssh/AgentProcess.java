package io.jplay.connection.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code ssh-agent -D -a SOCKET} for tests, stopped by its PID on {@link #close()};
 * keys are loaded with the real {@code ssh-add}.
 */
final class AgentProcess implements AutoCloseable {
    private final Process process;
    private final Path socket;

    private AgentProcess(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/ssh-agent")) && Files.isExecutable(Path.of("/usr/bin/ssh-add"));
    }

    static AgentProcess start(Path dir) throws IOException, InterruptedException {
        Path socket = dir.resolve("agent.sock");
        Process process = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new IOException("ssh-agent did not start: " + Files.readString(dir.resolve("agent.log")));
            }
            Thread.sleep(10);
        }
        return new AgentProcess(process, socket);
    }

    Path socket() {
        return socket;
    }

    /** {@code ssh-add KEY}; {@code passphrase} (or {@code null}) is given through {@code SSH_ASKPASS}. */
    void add(Path key, String passphrase) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ssh-add", key.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("SSH_AUTH_SOCK", socket.toString());
        if (passphrase != null) {
            Path askPass = socket.resolveSibling("askpass.sh");
            Files.writeString(askPass, "#!/bin/sh\necho '" + passphrase + "'\n", StandardCharsets.UTF_8);
            askPass.toFile().setExecutable(true);
            env.put("SSH_ASKPASS", askPass.toString());
            env.put("SSH_ASKPASS_REQUIRE", "force");
            env.put("DISPLAY", ":0");
        }
        Process p = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("ssh-add " + key + " failed: " + output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Generates an OpenSSH key pair ({@code KEY} and {@code KEY.pub}) with {@code ssh-keygen}. */
    static Path keygen(Path file, String type, String passphrase) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase,
                "-C", "jplay-agent-test", "-f", file.toString()));
        if (type.equals("rsa")) {
            command.addAll(List.of("-b", "2048"));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("ssh-keygen failed: " + output);
        }
        return file;
    }
}
