package io.jplay.cli;

import io.jplay.config.ConfigException;
import io.jplay.config.RunEnvironment;
import java.nio.file.Path;
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
        if (args.length == 1 && args[0].equals("--version") && LocaleCheck.problem(System.getenv()).isEmpty()) {
            // the most common quick call skips picocli, whose Java 5 classes cannot be archived for fast start
            RunEnvironment environment = RunEnvironment.ofProcess(System.getenv(), Path.of("").toAbsolutePath());
            try {
                System.out.print(VersionText.of(environment.loadConfig(), environment.version()));
            } catch (ConfigException e) {
                System.exit(Jplay.configError(Terminal.system(), e));
            }
            System.out.flush();
            return;
        }
        Jplay jplay = new Jplay(RunEnvironment.ofProcess(System.getenv(), Path.of("").toAbsolutePath()),
                Terminal.system());
        // a library thread that dies (sshj's reader out of memory) must not print a Java stack trace
        Thread.setDefaultUncaughtExceptionHandler(jplay::uncaught);
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
