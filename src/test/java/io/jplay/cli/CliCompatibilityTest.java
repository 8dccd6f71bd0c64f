package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line behaviour compared with the installed ansible-playbook: argument errors, {@code @file}
 * values and {@code --diff} output. Skipped where ansible-playbook is not installed.
 */
class CliCompatibilityTest {
    private static final Map<String, String> ENV = Map.of("ANSIBLE_NOCOWS", "1");
    private static final Pattern TMP_AFTER = Pattern.compile("(?m)^\\+\\+\\+ after: .*$");

    @TempDir
    Path work;

    private JplayRun ansible(String... args) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        return JplayRun.of(AnsibleOracle.run(work, ENV, "ansible-playbook", args));
    }

    private static String errorLine(String stderr) {
        return stderr.lines().filter(l -> l.contains(": error: ")).findFirst().orElse("")
                .replaceFirst("^[a-z-]+: error: ", "");
    }

    @Test
    void noArgumentsIsAUsageErrorWithExitCode2() throws Exception {
        JplayRun theirs = ansible();
        JplayRun mine = JplayRun.run(work, ENV);
        assertEquals(theirs.exitCode(), mine.exitCode());
        assertEquals(errorLine(theirs.stderr()), errorLine(mine.stderr()));
        assertTrue(mine.stderr().startsWith("usage: jplay [-h]"), mine.stderr());
        assertEquals("", mine.stdout());
    }

    @Test
    void unknownFlagIsReportedAfterTheUsageLine() throws Exception {
        Files.writeString(work.resolve("p.yml"), "- hosts: localhost\n  gather_facts: no\n  tasks: []\n");
        JplayRun theirs = ansible("--bogus", "p.yml");
        JplayRun mine = JplayRun.run(work, ENV, "--bogus", "p.yml");
        assertEquals(theirs.exitCode(), mine.exitCode());
        assertEquals(errorLine(theirs.stderr()), errorLine(mine.stderr()));
        assertTrue(mine.stderr().contains("\n \nusage: jplay"), "the whole help follows the error");
    }

    @Test
    void missingOptionValueWordedAsAnsible() throws Exception {
        JplayRun theirs = ansible("p.yml", "-l");
        JplayRun mine = JplayRun.run(work, ENV, "p.yml", "-l");
        assertEquals(theirs.exitCode(), mine.exitCode());
        assertEquals(errorLine(theirs.stderr()), errorLine(mine.stderr()));
    }

    @Test
    void helpListsOptionsInArgparseStyle() {
        JplayRun mine = JplayRun.run(work, ENV, "--help");
        assertEquals(0, mine.exitCode());
        assertTrue(mine.stdout().contains("\n  -e EXTRA_VARS, --extra-vars EXTRA_VARS\n"), mine.stdout());
        assertTrue(mine.stdout().contains("\n  -t TAGS, --tags TAGS  "), mine.stdout());
    }

    @Test
    void helpGroupsConnectionAndBecomeOptionsAsAnsible() {
        String help = JplayRun.run(work, ENV, "--help").stdout();
        int connection = help.indexOf("\nConnection Options:\n");
        int become = help.indexOf("\nPrivilege Escalation Options:\n");
        assertTrue(help.indexOf("\noptions:\n") < connection && connection < become, help);
        assertTrue(help.indexOf("  -u REMOTE_USER, --user REMOTE_USER\n") > connection, help);
        assertTrue(help.indexOf("  -b, --become ") > become, help);
        assertTrue(help.indexOf("  -e EXTRA_VARS, --extra-vars EXTRA_VARS\n") < connection, help);
    }

    @Test
    void adHocHelpAndErrorsNameThePattern() throws Exception {
        String help = JplayRun.run(work, ENV, "-m", "ping", "--help").stdout();
        assertTrue(help.contains("\n             pattern\n") && help.contains("\n  pattern   "), help);
        assumeTrue(AnsibleOracle.installed("ansible"), "ansible is not installed");
        JplayRun theirs = JplayRun.of(AnsibleOracle.run(work, ENV, "ansible", "-m", "ping"));
        JplayRun mine = JplayRun.run(work, ENV, "-m", "ping");
        assertEquals(theirs.exitCode(), mine.exitCode());
        assertEquals(errorLine(theirs.stderr()), errorLine(mine.stderr()));
    }

    @Test
    void extraVarsFileAfterASpaceIsReadAsTheFile() throws Exception {
        Files.writeString(work.resolve("vars.yml"), "x: 1\ny: [a, b]\n");
        Files.writeString(work.resolve("limit.txt"), "localhost\n");
        Files.writeString(work.resolve("p.yml"),
                "- hosts: all\n  gather_facts: no\n  tasks:\n    - debug: msg=\"{{ x }} {{ y }}\"\n");
        String[] args = {"-i", "localhost,", "-c", "local", "-e", "@vars.yml", "--limit", "@limit.txt", "p.yml"};
        JplayRun theirs = ansible(args);
        JplayRun mine = JplayRun.run(work, ENV, args);
        assertEquals(theirs.exitCode(), mine.exitCode(), mine.stderr());
        assertEquals(OutputNormaliser.normalise(theirs.stdout()), OutputNormaliser.normalise(mine.stdout()));
    }

    /** At {@code -vv}: the number of plays, and each meta task's banner and {@code META:} line per host it ran for. */
    @Test
    void metaTasksSayWhatTheyDidPerHostAtVerbosityTwo() throws Exception {
        Files.writeString(work.resolve("hosts"), "a ansible_connection=local\nb ansible_connection=local\n");
        Files.writeString(work.resolve("p.yml"), "- hosts: all\n  gather_facts: no\n  tasks:\n"
                + "    - meta: noop\n    - meta: flush_handlers\n    - meta: clear_facts\n"
                + "    - meta: end_host\n      when: inventory_hostname == 'b'\n    - debug: msg=x\n"
                + "- hosts: all\n  gather_facts: no\n  tasks:\n    - meta: end_play\n");
        JplayRun theirs = ansible("-i", "hosts", "-vv", "p.yml");
        JplayRun mine = JplayRun.run(work, ENV, "-i", "hosts", "-vv", "p.yml");
        assertEquals(theirs.exitCode(), mine.exitCode(), mine.stderr());
        assertEquals(metaLines(theirs.stdout()), metaLines(mine.stdout()));
        assertTrue(metaLines(mine.stdout()).contains("META: ending play for b"), mine.stdout());
    }

    /** {@code N plays in} names the playbook as the command line did, relative or not, also under the json callback. */
    @Test
    void playsInLineShowsThePlaybookPathAsGiven() throws Exception {
        Files.createDirectories(work.resolve("sub"));
        Files.writeString(work.resolve("sub/p.yml"), "- hosts: localhost\n  gather_facts: no\n  tasks: []\n");
        for (Map<String, String> env : java.util.List.of(ENV, Map.of("ANSIBLE_STDOUT_CALLBACK", "json"))) {
            JplayRun theirs = JplayRun.of(ansibleWith(env, "-vv", "./sub/../sub/p.yml"));
            JplayRun mine = JplayRun.run(work, env, "-vv", "./sub/../sub/p.yml");
            java.util.List<String> expected = theirs.stdout().lines().filter(l -> l.contains(" plays in ")).toList();
            assertEquals(java.util.List.of("1 plays in ./sub/../sub/p.yml"), expected);
            assertEquals(expected, mine.stdout().lines().filter(l -> l.contains(" plays in ")).toList());
        }
    }

    /**
     * Arguments from a variable warn once per host and task (each Ansible worker keeps its own record of warnings).
     * One fork: Ansible prints results in the order its workers finish, which varies with the load.
     */
    @Test
    void argsFromAVariableWarnOncePerHostAndTask() throws Exception {
        Files.writeString(work.resolve("hosts"), "a ansible_connection=local\nb ansible_connection=local\n");
        Files.writeString(work.resolve("p.yml"), "- hosts: all\n  gather_facts: no\n  vars: {d: {msg: x}}\n  tasks:\n"
                + "    - debug:\n      args: '{{ d }}'\n    - debug: '{{ item }}'\n      loop: [{msg: a}, {msg: b}]\n");
        JplayRun theirs = ansible("-f", "1", "-i", "hosts", "p.yml");
        JplayRun mine = JplayRun.run(work, ENV, "-f", "1", "-i", "hosts", "p.yml");
        assertEquals(4, theirs.stderr().split("Using a variable for a task's 'args'", -1).length - 1, theirs.stderr());
        assertEquals(theirs.stderr(), mine.stderr());
        assertEquals(theirs.stdout(), mine.stdout());
    }

    /** An uninstalled or non-UTF-8 locale stops every command first, worded as Ansible's check, exit code 1. */
    @Test
    void localeCheckAsAnsibles() throws Exception {
        for (String locale : java.util.List.of("xx_XX.UTF-8", "C")) {
            Map<String, String> env = Map.of("LC_ALL", locale);
            JplayRun theirs = JplayRun.of(ansibleWith(env, "--version"));
            JplayRun mine = JplayRun.run(work, env, "--version");
            assertEquals(1, theirs.exitCode(), theirs.stderr());
            assertEquals(theirs.exitCode(), mine.exitCode());
            assertEquals(theirs.stderr(), mine.stderr());
            assertEquals(theirs.stdout(), mine.stdout());
        }
    }

    /** At -vvv, which inventory plugins declined or parsed each source (and unreadable ones), in Ansible's words. */
    @Test
    void inventoryPluginLinesAtVerbosityThree() throws Exception {
        Files.writeString(work.resolve("hosts"), "localhost ansible_connection=local\n");
        Files.writeString(work.resolve("hosts.yml"), "all:\n  hosts:\n    localhost: {ansible_connection: local}\n");
        Files.writeString(work.resolve("p.yml"), "- hosts: all\n  gather_facts: no\n  tasks: []\n");
        for (String source : java.util.List.of("hosts", "hosts.yml", "localhost,", "missing", "missing.yml")) {
            JplayRun theirs = ansible("-vvv", "-i", source, "p.yml");
            JplayRun mine = JplayRun.run(work, ENV, "-vvv", "-i", source, "p.yml");
            assertEquals(inventoryLines(theirs.stdout()), inventoryLines(mine.stdout()), source);
        }
    }

    private static java.util.List<String> inventoryLines(String stdout) {
        return stdout.lines().filter(l -> l.matches(".* declined parsing .*|Parsed .*|Skipping due to .*")).toList();
    }

    private AnsibleOracle.Run ansibleWith(Map<String, String> env, String... args) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        return AnsibleOracle.run(work, env, "ansible-playbook", args);
    }

    private static java.util.List<String> metaLines(String stdout) {
        return stdout.lines().filter(l -> l.matches("^(TASK \\[|META: |skipping: |\\d+ plays in ).*"))
                .map(l -> l.replaceFirst(" plays in .*", " plays")).toList();
    }

    @Test
    void diffIsPrintedByTheDefaultOutput() throws Exception {
        Path dest = work.resolve("out");
        Files.createDirectories(dest);
        Files.writeString(work.resolve("p.yml"), "- hosts: all\n  gather_facts: no\n  tasks:\n"
                + "    - copy: {dest: \"{{ d }}/a.txt\", content: \"one\\ntwo\\n\"}\n"
                + "    - copy: {dest: \"{{ d }}/a.txt\", content: \"one\\nthree\\n\"}\n"
                + "    - file: {path: \"{{ d }}/sub\", state: directory}\n"
                + "    - copy: {dest: \"{{ d }}/{{ item }}.txt\", content: \"x\\n\"}\n"
                + "      loop: [b, c]\n");
        JplayRun theirs = ansible("-i", "localhost,", "-c", "local", "--diff", "-e", "d=" + dest, "p.yml");
        try (var files = Files.list(dest)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        JplayRun mine = JplayRun.run(work, ENV, "-i", "localhost,", "-c", "local", "--diff", "-e", "d=" + dest, "p.yml");
        assertEquals(theirs.exitCode(), mine.exitCode(), mine.stderr());
        assertEquals(afterHeaders(OutputNormaliser.normalise(theirs.stdout())),
                afterHeaders(OutputNormaliser.normalise(mine.stdout())));
        assertTrue(mine.stdout().contains("-two\n+three"), mine.stdout());
    }

    /** The copy module names a random controller temp file after {@code +++ after:}. */
    private static String afterHeaders(String text) {
        return TMP_AFTER.matcher(text).replaceAll("+++ after: <source>");
    }
}
