package io.jplay.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Shows text as Ansible's CLI pager does: printed when standard output is not a terminal, else
 * piped through {@code $PAGER}, or {@code less} ({@code LESS=-FRSX} unless set), falling back to
 * printing when no pager runs.
 */
final class Pager {
    private static final String LESS_OPTS = "-FRSX";
    private final Terminal terminal;
    private final Map<String, String> env;

    Pager(Terminal terminal, Map<String, String> env) {
        this.terminal = terminal;
        this.env = env;
    }

    void show(String text) {
        if (!terminal.stdoutIsTty() || !pipe(text, env.getOrDefault("PAGER", "less"))) {
            terminal.out().print(text);
            terminal.out().flush();
        }
    }

    private boolean pipe(String text, String command) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putIfAbsent("LESS", LESS_OPTS);
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the pager quit before reading everything: as Ansible, that is fine
            }
            return p.waitFor() != 127;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
