package io.jplay.cli;

import java.io.Console;
import java.io.PrintStream;

/**
 * The process's standard streams, whether stdout is a terminal (colour and banner width depend on it)
 * and whether stdin is one (only then are questions asked), plus password prompts. On a terminal both
 * streams write through {@code status}, the live line below the output; it is {@code null} otherwise.
 */
record Terminal(PrintStream out, PrintStream err, boolean stdoutIsTty, int width, Console console, StatusLine status,
        boolean stdinIsTty) {

    /** Streams without a live line, standard input not a terminal. */
    Terminal(PrintStream out, PrintStream err, boolean stdoutIsTty, int width, Console console) {
        this(out, err, stdoutIsTty, width, console, null, false);
    }

    /** A terminal whose {@code out} and {@code err} go through a live line drawn on {@code rawOut}. */
    static Terminal withStatusLine(java.io.OutputStream rawOut, java.io.OutputStream rawErr, int width, Console console) {
        StatusLine status = new StatusLine(rawOut, width);
        PrintStream out = new MutablePrintStream(status.guard(rawOut, false), java.nio.charset.StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(status.guard(rawErr, true), true, java.nio.charset.StandardCharsets.UTF_8);
        return new Terminal(out, err, true, width, console, status, console != null);
    }

    static Terminal system() {
        Console console = System.console();
        boolean tty = console != null;
        int width = tty ? stdoutColumns() : 0;
        if (tty) {
            return withStatusLine(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                    new java.io.FileOutputStream(java.io.FileDescriptor.err), width, console);
        }
        PrintStream out = new MutablePrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                java.nio.charset.StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                java.nio.charset.StandardCharsets.UTF_8);
        return new Terminal(out, err, tty, width, console, null, stdinIsTerminal());
    }

    /**
     * The width of the terminal standard output is on, as Ansible reads it (the {@code TIOCGWINSZ} of
     * fd 1): asked of {@code stty} on this process's fd 1, which the JDK cannot query itself; else
     * {@code COLUMNS}, else 80.
     */
    private static int stdoutColumns() {
        String size = stty("/proc/" + ProcessHandle.current().pid() + "/fd/1", "size");
        if (size != null && size.matches("\\d+ [1-9]\\d*")) {
            return Integer.parseInt(size.substring(size.indexOf(' ') + 1));
        }
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? 80 : Integer.parseInt(columns.trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Whether this process's standard input is a terminal (Java's console also needs stdout to be one). */
    private static boolean stdinIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Drops whatever is written to {@link #out()} from now on (an interrupted run shows no more results). */
    void muteOut() {
        if (out instanceof MutablePrintStream mutable) {
            mutable.mute();
        }
    }

    /** One line of standard input without its line end, or {@code null} at its end. */
    String readLine() {
        StringBuilder line = new StringBuilder();
        try {
            // byte by byte: nothing beyond the line is consumed, so a script's later input stays unread
            for (int c = System.in.read(); c != '\n'; c = System.in.read()) {
                if (c < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                line.append((char) c);
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return new String(line.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("\r$", "");
    }

    /**
     * Reads a secret from the terminal, or {@code null} when there is none. Like Python's
     * {@code getpass}, which Ansible asks with, the controlling terminal is used when standard input
     * is one but standard output is redirected ({@code jplay -K site.yml | tee log}), where Java has
     * no console.
     */
    String prompt(String text) {
        if (console != null) {
            char[] secret = console.readPassword("%s", text);
            return secret == null ? null : new String(secret);
        }
        return stdinIsTty ? promptOnControllingTerminal(text) : null;
    }

    /** Whether a secret can be asked: {@link #prompt} reaches a terminal. */
    boolean canPrompt() {
        return console != null || stdinIsTty;
    }

    private static String promptOnControllingTerminal(String text) {
        java.io.File tty = new java.io.File("/dev/tty");
        try (java.io.FileOutputStream screen = new java.io.FileOutputStream(tty);
                java.io.FileInputStream keys = new java.io.FileInputStream(tty)) {
            screen.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            screen.flush();
            boolean hidden = stty("-echo");
            try {
                java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                for (int c = keys.read(); c != '\n'; c = keys.read()) {
                    if (c < 0) {
                        return line.size() == 0 ? null : line.toString(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    line.write(c);
                }
                return line.toString(java.nio.charset.StandardCharsets.UTF_8);
            } finally {
                if (hidden) {
                    stty("echo");
                }
                screen.write('\n');
            }
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Sets a mode of the controlling terminal; false where stty could not. */
    private static boolean stty(String mode) {
        return stty("/dev/tty", mode) != null;
    }

    /** What {@code stty -F device args} prints, trimmed; null where it fails or there is no stty. */
    private static String stty(String device, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("stty", "-F", device));
        command.addAll(java.util.List.of(args));
        try {
            Process stty = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String answer = new String(stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return stty.waitFor() == 0 ? answer.trim() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
