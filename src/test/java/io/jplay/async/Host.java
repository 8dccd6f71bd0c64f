package io.jplay.async;

import io.jplay.testing.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs helper commands on this machine for the integration tests, and waits for job files. */
final class Host {
    private Host() {
    }

    record Run(int rc, String out) {
    }

    static Run run(Map<String, String> env, String... argv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(argv)).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static boolean onPath(String program) {
        try {
            return run(Map.of(), "sh", "-c", "command -v " + program).rc() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Waits until the job file holds a final record (no {@code started} key); returns its text. */
    static String awaitFinal(Path job, long timeoutMillis) throws Exception {
        String[] text = new String[1];
        Await.until("a final record in " + job, Duration.ofMillis(timeoutMillis), () -> {
            text[0] = Files.exists(job) ? Files.readString(job, StandardCharsets.ISO_8859_1) : "";
            return !text[0].isEmpty() && !text[0].startsWith("{\"started\"");
        });
        return text[0];
    }
}
