package io.jplay.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code jplay --cds-training}: a representative run used by {@code bin/jplay} to make the
 * class-data sharing archive, so that the archive holds the classes of a real playbook run (YAML,
 * templating, executor, output, SSH) and not only those of whatever the user ran first. Prints
 * nothing; touches only a temp dir of its own.
 */
final class CdsTraining {
    static final String FLAG = "--cds-training";

    private static final String PLAYBOOK = """
            - name: training
              hosts: localhost
              gather_facts: false
              vars:
                items: [1, 2, 3]
                name: "{{ 'jplay' | upper }}"
              tasks:
                - debug:
                    msg: "{{ name }} {{ items | map('string') | join(',') }}"
                - command: echo trained
                  register: out
                  changed_when: out.rc != 0
                - set_fact:
                    doubled: "{{ items | map('int') | sum * 2 }}"
                  loop: "{{ items }}"
                - assert:
                    that: out.stdout == 'trained'
                    quiet: true
            """;

    private CdsTraining() {
    }

    static void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jplay-cds");
            Files.writeString(dir.resolve("training.yml"), PLAYBOOK);
            PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            new Jplay(Map.of("HOME", dir.toString()), dir, new Terminal(sink, sink, false, 0, null))
                    .execute("training.yml");
            new net.schmizz.sshj.DefaultConfig();
            loadListedClasses();
        } catch (IOException | RuntimeException e) {
            // training only makes start-up faster; a failure leaves a smaller archive
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Loads (without initialising) the classes of cds-classes.txt: what an SSH run needs beyond this
     * training, which has no server to talk to. bench/cds-classlist regenerates the list from real
     * runs; names that no longer exist are skipped.
     */
    private static void loadListedClasses() throws IOException {
        ClassLoader loader = CdsTraining.class.getClassLoader();
        try (InputStream in = CdsTraining.class.getResourceAsStream("cds-classes.txt")) {
            if (in == null) {
                return;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or gone since the list was made
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
