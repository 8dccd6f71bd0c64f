package io.jplay.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenSSH's sshd on port 22 inside a {@link NetworkNamespace}, reached from outside at the
 * namespace's address: key login only, its files in {@code dir}. Stopped by its PID with its children.
 */
public final class NamespacedSshd implements AutoCloseable {
    private final NetworkNamespace namespace;
    private final Path dir;
    private final Process process;

    private NamespacedSshd(NetworkNamespace namespace, Path dir, Process process) {
        this.namespace = namespace;
        this.dir = dir;
        this.process = process;
    }

    /** Starts the server and waits (up to 10 s) until it accepts connections from outside. */
    public static NamespacedSshd start(NetworkNamespace namespace, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        OpenSshBackend.keygen(dir.resolve("host_ed25519"));
        OpenSshBackend.keygen(dir.resolve("client_key"));
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        Files.createDirectories(Path.of("/run/sshd"));
        Files.write(dir.resolve("sshd_config"), List.of(
                "Port 22",
                "ListenAddress " + namespace.address(),
                "HostKey " + dir.resolve("host_ed25519"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "UsePAM no",
                "StrictModes no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "MaxSessions 100",
                "MaxStartups 100:30:200",
                "LogLevel ERROR"), StandardCharsets.UTF_8);
        Process p = namespace.processInside(List.of(SshdServer.OPENSSH_SSHD.toString(), "-D", "-e", "-f",
                dir.resolve("sshd_config").toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.log").toFile()).start();
        NamespacedSshd sshd = new NamespacedSshd(namespace, dir, p);
        sshd.awaitAccepting();
        return sshd;
    }

    public String address() {
        return namespace.address();
    }

    public Path clientKey() {
        return dir.resolve("client_key");
    }

    private void awaitAccepting() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address(), 22), 200);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    close();
                    throw new IOException("sshd did not start in the namespace: "
                            + Files.readString(dir.resolve("sshd.log")), e);
                }
                Thread.sleep(20);
            }
        }
    }

    /** Stops this sshd and the sessions it serves (by PID). */
    @Override
    public void close() {
        ProcessTree.stop(process, true);
    }
}
