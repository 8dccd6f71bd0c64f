package io.jplay.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code jplay} executable: runs the command line and exits with Ansible's exit code. An
 * interrupt (Ctrl-C, SIGTERM) before the run ends prints what is still running and exits 99.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Jplay jplay = new Jplay(System.getenv(), java.nio.file.Path.of("").toAbsolutePath(), Terminal.system());
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished.get()) {
                Runtime.getRuntime().halt(jplay.interrupted());
            }
        }, "jplay-interrupt"));
        int code = jplay.execute(args);
        System.out.flush();
        System.err.flush();
        finished.set(true);
        System.exit(code);
    }
}
