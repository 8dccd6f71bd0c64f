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
        if (args.length == 1 && args[0].equals(CdsTraining.FLAG)) {
            CdsTraining.run();
            return;
        }
        if (args.length == 1 && args[0].equals("--version")) {
            // the most common quick call skips picocli, whose Java 5 classes cannot be archived for fast start
            System.out.print(VersionText.of(new io.jplay.config.ConfigLoader(System.getenv(),
                    java.nio.file.Path.of("").toAbsolutePath(),
                    java.nio.file.Path.of(System.getProperty("user.home"))).load()));
            System.out.flush();
            return;
        }
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
