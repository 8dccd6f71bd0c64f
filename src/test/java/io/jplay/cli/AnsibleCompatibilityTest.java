package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every playbook of {@code src/test/resources/compat/} under jplay and under the installed
 * ansible-playbook (the oracle), against localhost, and compares stdout, stderr and the exit code
 * after {@link OutputNormaliser}. Skipped where ansible-playbook is not installed; CI installs it.
 */
@Tag("ansible")
class AnsibleCompatibilityTest {

    static Stream<String> playbooks() throws IOException, URISyntaxException {
        Path dir = Path.of(AnsibleCompatibilityTest.class.getResource("/compat").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList().stream();
        }
    }

    /** The examples README.md explains, except those whose output depends on timing. */
    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yml")).filter(p -> !timingDependent(p))
                    .filter(p -> !p.getFileName().toString().equals("execute_batch.yml"))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static boolean timingDependent(Path p) {
        try {
            return Files.readString(p).contains("# compat: timing-dependent");
        } catch (IOException e) {
            return true;
        }
    }

    @ParameterizedTest(name = "examples/{0}")
    @MethodSource("examples")
    void examplesPrintWhatAnsiblePlaybookPrints(String example) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        Path cwd = Path.of("").toAbsolutePath();
        Map<String, String> env = Map.of("ANSIBLE_NOCOWS", "1");
        JplayRun ansible = JplayRun.of(AnsibleOracle.run(cwd, env, "ansible-playbook", "examples/" + example));
        JplayRun jplay = JplayRun.run(cwd, env, "examples/" + example);
        assertEquals(OutputNormaliser.normalise(ansible.stdout()), OutputNormaliser.normalise(jplay.stdout()),
                "stdout of " + example);
        assertEquals(OutputNormaliser.normalise(ansible.stderr()), OutputNormaliser.normalise(jplay.stderr()),
                "stderr of " + example);
        assertEquals(ansible.exitCode(), jplay.exitCode(), "exit code of " + example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void printsWhatAnsiblePlaybookPrints(String playbook, @TempDir Path work) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        Path source = Path.of(AnsibleCompatibilityTest.class.getResource("/compat/" + playbook).toURI());
        Path copy = work.resolve(playbook);
        Files.copy(source, copy);
        Map<String, String> env = Map.of("ANSIBLE_NOCOWS", "1");
        JplayRun ansible = JplayRun.of(AnsibleOracle.run(work, env, "ansible-playbook", playbook));
        JplayRun jplay = JplayRun.run(work, env, playbook);
        assertEquals(OutputNormaliser.normalise(ansible.stdout()), OutputNormaliser.normalise(jplay.stdout()),
                "stdout of " + playbook);
        assertEquals(OutputNormaliser.normalise(ansible.stderr()), OutputNormaliser.normalise(jplay.stderr()),
                "stderr of " + playbook);
        assertEquals(ansible.exitCode(), jplay.exitCode(), "exit code of " + playbook);
    }

}
