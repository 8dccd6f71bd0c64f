package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs, counted by the controller Python itself: the configured interpreter is a script that
 * writes a line each time it is started, then becomes the real {@code python3}. jplay must start it
 * to find ansible-core before any plugin co-process can exist (the co-process then runs the
 * interpreter it reported). A run whose templates use only jplay's own filters, tests and lookups
 * never starts it, even beside a {@code filter_plugins/} directory whose plugins it does not call;
 * a run that calls a playbook's plugin starts it once (so the count is not blind). And what a run
 * shows when a plugin raises or takes the co-process down with it.
 */
class PythonPluginRunTest {
    private static final Path REAL_PYTHON = Path.of("/usr/bin/python3");
    private static final String BUILTINS_ONLY = String.join("\n",
            "- hosts: localhost",
            "  gather_facts: false",
            "  vars:",
            "    items: [3, 1, 2]",
            "  tasks:",
            "    - debug:",
            "        msg: \"{{ items | sort | map('string') | join(',') | upper }} {{ items | count }}"
                    + " {{ {'a': 1} | to_yaml }} {{ items | select('odd') | list }} {{ 'x' is match('x') }}\"",
            "    - set_fact:",
            "        f: \"{{ lookup('env', 'HOME') }} {{ query('sequence', 'start=1 end=3') }} {{ 'a' | to_json }}\"",
            "    - assert:",
            "        that: items is not truthy or items | length == 3",
            "    - debug: msg={{ item }}",
            "      loop: \"{{ lookup('list', [1, 2]) }}\"",
            "    - debug: msg={{ item }}",
            "      with_items: [1]",
            "");

    @TempDir
    Path work;
    private Path log;
    private Map<String, String> env;

    @BeforeEach
    void recordingPython() throws IOException {
        log = work.resolve("python-starts.log");
        Path python = work.resolve("python3");
        Files.writeString(python, "#!/bin/sh\nprintf '%s' \"$*\" | head -c 80 | tr '\\n' ' ' >> '" + log + "'\n"
                + "echo >> '" + log + "'\n"
                + "exec " + REAL_PYTHON + " \"$@\"\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        env = Map.of("JPLAY_CONTROLLER_PYTHON", python.toString());
        Files.writeString(work.resolve("play.yml"), BUILTINS_ONLY);
    }

    private List<String> starts() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }

    private JplayRun run(String playbook) {
        return JplayRun.run(work, env, "-i", "localhost,", "-c", "local", playbook);
    }

    @Test
    void aRunOfBuiltinsStartsNoPython() throws Exception {
        JplayRun run = run("play.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertEquals(List.of(), starts());
    }

    @Test
    void pluginsBesideThePlaybookThatItDoesNotCallStartNoPython() throws Exception {
        Files.createDirectories(work.resolve("filter_plugins"));
        Files.writeString(work.resolve("filter_plugins/colors.py"), String.join("\n",
                "class FilterModule(object):",
                "    def filters(self):",
                "        return {'blue': lambda v: 'blue ' + v}",
                ""));
        Files.createDirectories(work.resolve("lookup_plugins"));
        Files.writeString(work.resolve("lookup_plugins/shout.py"), "");
        JplayRun run = run("play.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertEquals(List.of(), starts());

        assumeTrue(AnsibleOracle.importsAnsible(REAL_PYTHON), "no python3 that imports ansible-core");
        Files.writeString(work.resolve("blue.yml"), "- hosts: localhost\n  gather_facts: false\n  tasks:\n"
                + "    - debug: msg={{ 'sky' | blue }}\n    - debug: msg={{ 'sea' | blue }}\n");
        JplayRun blue = run("blue.yml");
        assertEquals(0, blue.exitCode(), blue.stdout() + blue.stderr());
        assertTrue(blue.stdout().contains("blue sea"), blue.stdout());
        assertEquals(1, starts().size(), "the controller Python is found once: " + starts());
    }

    @Test
    void aPluginThatEndsTheCoProcessFailsItsTaskAndTheNextCallStartsAnother() throws Exception {
        assumeTrue(AnsibleOracle.importsAnsible(REAL_PYTHON), "no python3 that imports ansible-core");
        Files.createDirectories(work.resolve("filter_plugins"));
        Files.writeString(work.resolve("filter_plugins/f.py"), String.join("\n",
                "import os, sys",
                "def die(v):",
                "    sys.stderr.write('giving up on %s\\n' % v)",
                "    sys.stderr.flush()",
                "    os._exit(3)",
                "def pick(v, k):",
                "    return v[k]",
                "class FilterModule(object):",
                "    def filters(self):",
                "        return {'blue': lambda v: 'blue ' + v, 'die': die, 'pick': pick}",
                ""));
        Files.writeString(work.resolve("die.yml"), String.join("\n",
                "- hosts: localhost",
                "  gather_facts: false",
                "  tasks:",
                "    - debug: msg={{ 'a' | blue }}",
                "    - debug: msg={{ 'b' | die }}",
                "      ignore_errors: true",
                "    - debug: msg={{ 'c' | blue }}",
                "    - debug: msg={{ {} | pick('k') }}",
                "      ignore_errors: true",
                "    - debug: msg={{ item | blue }}",
                "      loop: [d, e]",
                ""));
        JplayRun run = run("die.yml");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        String out = run.stdout();
        assertTrue(out.matches("(?s).*fatal: \\[localhost\\]: FAILED! => \\{\"msg\": \"the Python plugin process \\(pid \\d+\\)"
                + " stopped while running filter plugin 'die' \\(exit code 3\\): giving up on b\"}\n\\.\\.\\.ignoring\n.*"), out);
        for (String blue : List.of("blue a", "blue c", "blue d", "blue e")) {
            assertTrue(out.contains("\"msg\": \"" + blue + "\""), blue + " in\n" + out);
        }
        // a plain Python exception: Ansible's words (as ansible-playbook 2.14 prints them)
        assertTrue(out.contains("An exception occurred during task execution. To see the full traceback, use -vvv."
                + " The error was: KeyError: 'k'\nfatal: [localhost]: FAILED! => {}\n...ignoring\n"), out);
        assertTrue(out.contains("ok=5    changed=0    unreachable=0    failed=0    skipped=0    rescued=0    ignored=2"), out);
    }

}
