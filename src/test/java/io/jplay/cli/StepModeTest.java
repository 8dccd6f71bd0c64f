package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --step} compared byte for byte with ansible-playbook, both reading their answers from a file as
 * standard input: the question per task and handler (untemplated names, includes too), its banner once
 * answered, {@code c} for the rest of the batch only, and input that ends breaking the run with exit code 2.
 */
class StepModeTest {
    private static final String PLAYBOOK = """
            - hosts: all
              serial: 1
              gather_facts: false
              tasks:
                - name: one {{ 1 + 1 }}
                  debug: msg=1
                  changed_when: true
                  notify: h
                - include_tasks: inc.yml
                - meta: noop
                - debug: msg=unnamed
              handlers:
                - name: h
                  debug: msg=handler
            - hosts: a
              gather_facts: false
              tasks:
                - name: second play
                  debug: msg=2
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "y\nn\nyes\nc\n", "Y\nYES\nnope\ny\ny\n", "c\nc\ny\n", "y\ny\ny\ny\ny\nc\nc\n"})
    void stepModeAsksAsAnsibleDoes(String answers) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        Files.writeString(dir.resolve("inv"), "a ansible_connection=local\nb ansible_connection=local\n");
        Files.writeString(dir.resolve("inc.yml"), "- name: included\n  debug: msg=inc\n");
        Files.writeString(dir.resolve("p.yml"), PLAYBOOK);
        Files.writeString(dir.resolve("answers"), answers);
        Result theirs = run(List.of("ansible-playbook"));
        Result mine = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        assertTrue(theirs.stdout.contains("Perform task: TASK: one {{ 1 + 1 }} (N)o/(y)es/(c)ontinue: "),
                theirs.stdout);
        assertEquals(theirs.stdout, mine.stdout);
        assertEquals(theirs.exitCode, mine.exitCode);
    }

    private record Result(int exitCode, String stdout) {
    }

    private Result run(List<String> tool) throws Exception {
        List<String> command = new ArrayList<>(tool);
        command.addAll(List.of("-i", "inv", "--step", "p.yml"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(dir.resolve("answers").toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ANSIBLE_"));
        pb.environment().put("ANSIBLE_NOCOWS", "1");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", tool));
        return new Result(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8));
    }
}
