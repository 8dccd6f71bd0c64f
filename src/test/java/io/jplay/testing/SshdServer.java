package io.jplay.testing;

import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ssh.PassphraseProvider;
import io.jplay.connection.ssh.SshOptions;
import io.jplay.connection.ssh.TransportFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SSH server on 127.0.0.1 for integration tests, as a JUnit 5 extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SshdServer SSHD = SshdServer.create();
 *
 * @Test void runsACommand() throws Exception {
 *     try (var factory = new TransportFactory(SSHD.sshOptions())) {
 *         var result = factory.connect(SSHD.target("h1")).exec(ExecRequest.of("echo hi"));
 *     }
 * }
 * }</pre>
 *
 * <p>It starts OpenSSH's {@code /usr/sbin/sshd -D -e -f CONFIG} as the user running the tests, with
 * its own config, host key, client key and {@code known_hosts} in a temporary directory
 * ({@code UsePAM no}, {@code StrictModes no}, {@code MaxSessions 100}, {@code MaxStartups 100:30:200}
 * unless changed with {@link #withConfig}), waits until it accepts connections, and stops it (and the
 * per-connection children) after the test class. When {@code /usr/sbin/sshd} is missing and the
 * environment variable {@code CI} is not {@code true}, an embedded Apache MINA SSHD server stands in
 * ({@link #isOpenSsh()} tells which); under {@code CI=true} a missing sshd fails the tests. The
 * system property {@code jplay.test.sshd=mina} forces the embedded server.
 *
 * <p>The directory layout: {@code ssh/} is a stand-in for {@code ~/.ssh} with {@code known_hosts}
 * holding this server's host key (use {@link #sshOptions()}), {@code client_ed25519} is the key every
 * user may log in with.
 */
public final class SshdServer implements BeforeAllCallback, AfterAllCallback {
    public static final Path OPENSSH_SSHD = Path.of("/usr/sbin/sshd");

    private final List<String> extraConfig;
    private final boolean embedded;
    private Path directory;
    private ServerBackend backend;

    private SshdServer(List<String> extraConfig, boolean embedded) {
        this.extraConfig = List.copyOf(extraConfig);
        this.embedded = embedded;
    }

    /** A server with the default test configuration. */
    public static SshdServer create() {
        return new SshdServer(List.of(), false);
    }

    /** The embedded Apache MINA server even where OpenSSH is installed (tests of the fallback). */
    public static SshdServer embedded() {
        return new SshdServer(List.of(), true);
    }

    /**
     * A copy with extra sshd_config lines (OpenSSH only; they come first, so they win over the
     * defaults, e.g. {@code "MaxSessions 10"}).
     */
    public SshdServer withConfig(String... lines) {
        List<String> all = new ArrayList<>(List.of(lines));
        all.addAll(extraConfig);
        return new SshdServer(all, embedded);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        deleteRecursively(directory);
    }

    /** Starts the server (also usable outside JUnit; {@link #stop()} ends it). */
    public void start() throws IOException, InterruptedException {
        if (directory == null) {
            directory = Files.createTempDirectory("jplay-sshd");
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createDirectories(sshDirectory());
        }
        backend = !embedded && useOpenSsh() ? OpenSshBackend.start(directory, extraConfig) : MinaBackend.start(directory);
        Files.writeString(knownHosts(), "[127.0.0.1]:" + port() + " " + backend.hostPublicKey() + "\n");
        awaitAccepting(port(), Duration.ofSeconds(10));
    }

    /** Stops the server and every connection it serves; {@link #start()} brings it back on a new port. */
    public void stop() {
        if (backend != null) {
            backend.stop();
            backend = null;
        }
    }

    /**
     * Restarts OpenSSH's listening sshd on the same port, as a service restart does: the listener is
     * ended by its PID, established sessions go on, and connections attempted in between are refused.
     */
    public void restartListener() throws IOException, InterruptedException {
        if (!(backend instanceof OpenSshBackend openSsh)) {
            throw new IllegalStateException("only OpenSSH's sshd is restarted");
        }
        int port = openSsh.port();
        openSsh.stopListener();
        backend = OpenSshBackend.start(directory, extraConfig, port);
        awaitAccepting(port, Duration.ofSeconds(10));
    }

    private static boolean useOpenSsh() {
        if ("mina".equals(System.getProperty("jplay.test.sshd"))) {
            return false;
        }
        if (Files.isExecutable(OPENSSH_SSHD)) {
            return true;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(OPENSSH_SSHD + " is required under CI (apt-get install openssh-server)");
        }
        return false;
    }

    /** Whether this is a real OpenSSH sshd (sudo, limits and login shells behave as in production). */
    public boolean isOpenSsh() {
        return backend instanceof OpenSshBackend;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return backend.port();
    }

    /** The user commands run as (the user running the tests). */
    public String user() {
        return System.getProperty("user.name");
    }

    /** The private key (OpenSSH format) authorized for every user. */
    public Path clientKey() {
        return directory.resolve("client_key");
    }

    /**
     * Lets every user also log in with the key of {@code publicKeyFile} (an OpenSSH {@code .pub} line),
     * by appending it to the server's {@code authorized_keys}; takes effect for the next login.
     */
    public void authorizeKey(Path publicKeyFile) throws IOException {
        String line = Files.readString(publicKeyFile).strip() + "\n";
        Files.writeString(directory.resolve("authorized_keys"), line, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** A {@code ~/.ssh} stand-in: holds {@code known_hosts} with this server's key. */
    public Path sshDirectory() {
        return directory.resolve("ssh");
    }

    public Path knownHosts() {
        return sshDirectory().resolve("known_hosts");
    }

    /** The server's host public key as a known_hosts key field ({@code ssh-ed25519 AAAA...}). */
    public String hostPublicKey() {
        return backend.hostPublicKey();
    }

    /** Options for jplay's SSH transport that trust this server and know no agent. */
    public SshOptions sshOptions() {
        return SshOptions.fromEnvironment(Map.of(), java.nio.file.Path.of(System.getProperty("user.home")),
                System.getProperty("user.name"), PassphraseProvider.NONE).withSshDirectory(sshDirectory());
    }

    /** A target for this server, logging in as {@link #user()} with {@link #clientKey()}. */
    public ConnectionTarget target(String inventoryName) {
        return target(inventoryName, user());
    }

    /** A target for this server, logging in as {@code loginUser} with {@link #clientKey()}. */
    public ConnectionTarget target(String inventoryName, String loginUser) {
        return new ConnectionTarget(inventoryName, "ssh", host(), port(), loginUser, null,
                clientKey().toString(), List.of(), true, Duration.ofSeconds(10), null);
    }

    /**
     * Writes an INI inventory of {@code count} aliases {@code h001}... of this server
     * ({@code ansible_host}, {@code ansible_port}, {@code ansible_user},
     * {@code ansible_ssh_private_key_file}) and returns the file.
     */
    public Path writeInventory(Path file, int count) throws IOException {
        return writeInventory(file, count, user());
    }

    /** Like {@link #writeInventory(Path, int)}, logging in as {@code loginUser}. */
    public Path writeInventory(Path file, int count, String loginUser) throws IOException {
        StringBuilder ini = new StringBuilder("[all]\n");
        for (int i = 1; i <= count; i++) {
            ini.append(String.format("h%03d ansible_host=%s ansible_port=%d ansible_user=%s "
                    + "ansible_ssh_private_key_file=%s%n", i, host(), port(), loginUser, clientKey()));
        }
        Files.writeString(file, ini.toString(), StandardCharsets.UTF_8);
        return file;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitAccepting(int port, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host(), port), 200);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !backend.isAlive()) {
                    throw new IOException("sshd did not start on port " + port + ": " + backend.diagnostics(), e);
                }
                Thread.sleep(20);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
