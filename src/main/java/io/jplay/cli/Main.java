package io.jplay.cli;

/** The {@code jplay} executable: runs the command line and exits with Ansible's exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new Jplay(System.getenv(), java.nio.file.Path.of("").toAbsolutePath(), Terminal.system())
                .execute(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
