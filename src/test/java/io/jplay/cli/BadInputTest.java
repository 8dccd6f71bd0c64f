package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one clear error line (file:line:col, the variable, the module) and Ansible's exit code. */
class BadInputTest {

    @Test
    void missingPlaybookIsAnErrorWithExitCodeOne(@TempDir Path work) {
        JplayRun run = JplayRun.run(work, Map.of(), "nothere.yml");
        assertEquals(1, run.exitCode());
        assertEquals("ERROR! the playbook: nothere.yml could not be found\n", run.stderr());
    }

    @Test
    void badConfigurationValueIsAnsiblesOneLineErrorWithExitCodeFive(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("p.yml"), "- hosts: localhost\n  gather_facts: false\n  tasks: []\n");
        for (String[] args : new String[][] {{"p.yml"}, {"--version"}, {"--help"}, {"--bogus"}}) {
            JplayRun run = JplayRun.run(work, Map.of("ANSIBLE_TIMEOUT", "x"), args);
            assertEquals(5, run.exitCode(), String.join(" ", args));
            assertEquals("ERROR: Invalid type for configuration option setting: DEFAULT_TIMEOUT (from env: ANSIBLE_TIMEOUT):"
                    + " invalid literal for int() with base 10: 'x'\n", run.stderr());
            assertEquals("", run.stdout());
        }
        Files.writeString(work.resolve("ansible.cfg"), "[defaults]\ngathering = sometimes\n");
        JplayRun run = JplayRun.run(work, Map.of(), "p.yml");
        assertEquals(5, run.exitCode());
        assertEquals("ERROR: Invalid value \"sometimes\" for configuration option \"setting: DEFAULT_GATHERING \","
                + " valid values are: implicit, explicit, smart\n", run.stderr());
    }

    @Test
    void varsFileThatIsNotYamlEndsTheRunBeforeThePlayWithExitCodeFour(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("v.yml"), "x: [\n");
        Files.writeString(work.resolve("p.yml"), "- hosts: localhost\n  gather_facts: false\n  vars_files: [v.yml]\n"
                + "  tasks:\n    - debug: var=x\n");
        JplayRun run = JplayRun.run(work, Map.of(), "-i", "localhost,", "-c", "local", "p.yml");
        assertEquals(4, run.exitCode(), run.stderr());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith("ERROR! We were unable to read either as JSON nor YAML"), run.stderr());
        assertTrue(run.stderr().contains("The error appears to be in '" + work.resolve("v.yml") + "': line 2, column 1"),
                run.stderr());
    }

    @Test
    void tooDeepVarsFileOrExtraVarsFileIsOneLineWithExitCode250(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("deep.yml"), "x: " + "[".repeat(1200) + "]".repeat(1200) + "\n");
        Files.writeString(work.resolve("p.yml"), "- hosts: localhost\n  gather_facts: false\n  vars_files: [deep.yml]\n"
                + "  tasks: []\n");
        String expected = "ERROR! Could not read " + work.resolve("deep.yml") + ": YAML nesting deeper than 1000 levels"
                + " (a too deeply nested structure) at line 1, column 1003\n";
        JplayRun run = JplayRun.run(work, Map.of(), "-i", "localhost,", "-c", "local", "p.yml");
        assertEquals(250, run.exitCode());
        assertEquals(expected, run.stderr());
        run = JplayRun.run(work, Map.of(), "-i", "localhost,", "-c", "local", "-e", "@deep.yml", "p.yml");
        assertEquals(250, run.exitCode());
        assertEquals(expected, run.stderr());
    }

    @Test
    void forksBelowOneIsAUsageErrorWithExitCodeTwoAsAnsiblesParserError(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("p.yml"), "- hosts: localhost\n  gather_facts: false\n  tasks: []\n");
        for (Map<String, String> env : List.of(Map.of("ANSIBLE_FORKS", "0"), Map.<String, String>of())) {
            JplayRun run = env.isEmpty() ? JplayRun.run(work, env, "-f", "-1", "p.yml") : JplayRun.run(work, env, "p.yml");
            assertEquals(2, run.exitCode());
            assertEquals("", run.stdout());
            assertTrue(run.stderr().startsWith("usage: "), run.stderr());
            assertTrue(run.stderr().endsWith("\njplay: error: The number of processes (--forks) must be >= 1\n"), run.stderr());
        }
    }

    @Test
    void malformedYamlNamesFileLineAndColumnAndExitsFour(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("bad.yml"), "- hosts: localhost\n  tasks:\n    - debug: msg=hi\n     bad: x\n");
        JplayRun run = JplayRun.run(work, Map.of(), "bad.yml");
        assertEquals(4, run.exitCode());
        assertTrue(run.stderr().contains("The error appears to be in '" + work.resolve("bad.yml") + "': line 3, column 17"),
                run.stderr());
        assertTrue(!run.stderr().contains("Exception") && !run.stderr().contains("\tat "), run.stderr());
    }

    @Test
    void unknownModuleSuggestsTheNearestOne(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("p.yml"), "- hosts: localhost\n  gather_facts: false\n  tasks:\n    - debugg: msg=hi\n");
        JplayRun run = JplayRun.run(work, Map.of(), "p.yml");
        assertEquals(4, run.exitCode());
        assertTrue(run.stderr().contains("couldn't resolve module/action 'debugg'.") && run.stderr().contains(
                "Did you mean 'debug'?"), run.stderr());
    }

    @Test
    void undefinedVariableNamesTheVariableAndFailsTheHost(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("p.yml"),
                "- hosts: localhost\n  gather_facts: false\n  tasks:\n    - debug:\n        msg: \"{{ nope }}\"\n");
        JplayRun run = JplayRun.run(work, Map.of(), "p.yml");
        assertEquals(2, run.exitCode());
        assertTrue(run.stdout().contains("'nope' is undefined"), run.stdout());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo(@TempDir Path work) {
        JplayRun run = JplayRun.run(work, Map.of(), "--bogus", "p.yml");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("jplay: error: unrecognized arguments: --bogus"), run.stderr());
    }

    @Test
    void unreachableHostNamesHostAndErrorAndExitsFour(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("hosts"), "h1 ansible_host=127.0.0.1 ansible_port=1\n");
        Files.writeString(work.resolve("p.yml"), "- hosts: all\n  gather_facts: false\n  tasks:\n    - ping:\n");
        JplayRun run = JplayRun.run(work, Map.of("ANSIBLE_HOST_KEY_CHECKING", "False"), "-i", "hosts", "p.yml");
        assertEquals(4, run.exitCode());
        assertTrue(run.stdout().contains("fatal: [h1]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect "
                + "to the host via ssh: ssh: connect to host 127.0.0.1 port 1: Connection refused\", \"unreachable\": true}"),
                run.stdout());
    }
}
