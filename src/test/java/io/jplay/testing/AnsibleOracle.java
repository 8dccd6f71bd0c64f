package io.jplay.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The installed Ansible ({@code ansible-playbook}, {@code ansible}), the oracle jplay is compared with,
 * run as a child process: the one place tests find and start it. The child sees this JVM's environment
 * without any {@code ANSIBLE_*} variable, plus {@code ANSIBLE_NOCOWS=1} and the caller's variables.
 * Tests that use it carry {@code @Tag("ansible")} and skip through {@link #installed} when it is absent.
 */
public final class AnsibleOracle {
    /** Long enough for the whole template corpus in one run; a hung child fails the test instead of the build. */
    private static final long TIMEOUT_SECONDS = 600;

    /** What the tool printed, and how it exited. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    private AnsibleOracle() {
    }

    /** Whether {@code tool} (e.g. {@code ansible-playbook}) is an executable on PATH. */
    public static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code python} can import ansible-core (the controller Python of jplay's plugin bridge). */
    public static boolean importsAnsible(Path python) {
        try {
            Process p = new ProcessBuilder(python.toString(), "-c", "import ansible").start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static Run run(Path cwd, Map<String, String> env, String tool, String... args)
            throws IOException, InterruptedException {
        return run(cwd, env, tool, List.of(args));
    }

    public static Run run(Path cwd, Map<String, String> env, String tool, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ANSIBLE_"));
        pb.environment().put("ANSIBLE_NOCOWS", "1");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("ansible", ".out");
        Path err = Files.createTempFile("ansible", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(tool + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
