package io.jplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected values were checked with {@code ansible-config dump --only-changed} (ansible-core 2.14). */
class ConfigLoaderTest {
    @TempDir
    Path tmp;
    Path cwd;
    Path home;
    Path etc;

    @BeforeEach
    void dirs() throws IOException {
        cwd = Files.createDirectories(tmp.resolve("project"));
        Files.setPosixFilePermissions(cwd, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = Files.createDirectories(tmp.resolve("home"));
        etc = tmp.resolve("etc/ansible.cfg");
    }

    private AnsibleConfig load(Map<String, String> env) {
        return new ConfigLoader(env, cwd, home, etc).load();
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void defaultsMatchAnsible() {
        AnsibleConfig c = load(Map.of());
        assertEquals(Optional.empty(), c.configFile());
        assertEquals(List.of("/etc/ansible/hosts"), c.inventory());
        assertEquals(5, c.forks());
        assertEquals(Optional.empty(), c.remoteUser());
        assertTrue(c.hostKeyChecking());
        assertEquals(10, c.timeout());
        assertEquals(15, c.pollInterval());
        assertEquals("~/.ansible_async", c.asyncDir());
        assertEquals("default", c.stdoutCallback());
        assertEquals(List.of(), c.callbacksEnabled());
        assertEquals(List.of(home + "/.ansible/roles", "/usr/share/ansible/roles", "/etc/ansible/roles"), c.rolesPath());
        assertEquals("implicit", c.gathering());
        assertFalse(c.become());
        assertEquals("root", c.becomeUser());
        assertEquals("sudo", c.becomeMethod());
        assertEquals("-C -o ControlMaster=auto -o ControlPersist=60s", c.sshArgs());
        assertEquals("", c.sshCommonArgs());
        assertFalse(c.pipelining());
        assertEquals(Optional.empty(), c.logPath());
        assertTrue(c.displaySkippedHosts());
        assertTrue(c.displayOkHosts());
        assertFalse(c.showCustomStats());
        assertTrue(c.deprecationWarnings());
        assertTrue(c.localhostWarning());
        assertEquals("warning", c.hostPatternMismatch());
        assertEquals("json", c.resultFormat());
        assertEquals(0, c.verbosity());
        assertFalse(c.loadCallbackPlugins());
        assertFalse(c.nocolor());
    }

    @Test
    void fileValuesAreTypedAndPathsResolvedAgainstTheFilesDirectory() throws IOException {
        Path cfgDir = tmp.resolve("cfgx");
        write(cfgDir.resolve("ansible.cfg"), String.join("\n",
                "[defaults]",
                "forks: 12  ; twelve",
                "remote_user = \"deploy\"",
                "inventory = hosts, other/inv",
                "callback_whitelist = timer",
                "callbacks_enabled = profile_tasks , junit",
                "host_key_checking = no",
                "roles_path = ~/r1:roles",
                "nocolor = #notcomment",
                "log_path = ./log.txt",
                "[ssh_connection]",
                "ssh_args = -o A=1",
                "   -o B=2",
                "pipelining = True",
                "[privilege_escalation]",
                "become=yes",
                ""));
        AnsibleConfig c = load(Map.of("ANSIBLE_CONFIG", cfgDir.resolve("ansible.cfg").toString()));
        assertEquals(Optional.of(cfgDir.resolve("ansible.cfg")), c.configFile());
        assertEquals(12, c.forks());
        assertEquals(Optional.of("deploy"), c.remoteUser());
        assertEquals(List.of(cfgDir + "/hosts", cfgDir + "/other/inv"), c.inventory());
        assertEquals(List.of("profile_tasks", "junit"), c.callbacksEnabled());
        assertFalse(c.hostKeyChecking());
        assertEquals(List.of(home + "/r1", cfgDir + "/roles"), c.rolesPath());
        assertFalse(c.nocolor());
        assertEquals(Optional.of(cfgDir + "/log.txt"), c.logPath());
        assertEquals("-o A=1\n-o B=2", c.sshArgs());
        assertTrue(c.pipelining());
        assertTrue(c.become());
    }

    @Test
    void environmentWinsOverFileAndLaterEnvNamesWin() throws IOException {
        write(cwd.resolve("ansible.cfg"), "[defaults]\nforks = 12\nnocolor = false\n");
        AnsibleConfig c = load(Map.of("ANSIBLE_FORKS", "3", "NO_COLOR", "1", "ANSIBLE_NOCOLOR", "0",
                "ANSIBLE_CALLBACK_WHITELIST", "a", "ANSIBLE_CALLBACKS_ENABLED", "b,c"));
        assertEquals(3, c.forks());
        assertTrue(c.nocolor(), "NO_COLOR is listed after ANSIBLE_NOCOLOR, so it wins");
        assertEquals(List.of("b", "c"), c.callbacksEnabled());
        assertEquals(Optional.of(cwd.resolve("ansible.cfg")), c.configFile());
    }

    @Test
    void ansibleConfigMayNameADirectory() throws IOException {
        Path d = tmp.resolve("confdir");
        write(d.resolve("ansible.cfg"), "[defaults]\ntimeout = 33\n");
        assertEquals(33, load(Map.of("ANSIBLE_CONFIG", d.toString())).timeout());
    }

    @Test
    void lookupOrderIsEnvThenCwdThenHomeThenSystem() throws IOException {
        write(etc, "[defaults]\nforks = 4\n");
        assertEquals(4, load(Map.of()).forks());
        write(home.resolve(".ansible.cfg"), "[defaults]\nforks = 6\n");
        assertEquals(6, load(Map.of()).forks());
        write(cwd.resolve("ansible.cfg"), "[defaults]\nforks = 7\n");
        assertEquals(7, load(Map.of()).forks());
        write(tmp.resolve("env.cfg"), "[defaults]\nforks = 8\n");
        assertEquals(8, load(Map.of("ANSIBLE_CONFIG", tmp.resolve("env.cfg").toString())).forks());
        assertEquals(7, load(Map.of("ANSIBLE_CONFIG", tmp.resolve("missing.cfg").toString())).forks());
    }

    @Test
    void worldWritableCwdIsSkippedWithAnsiblesWarning() throws IOException {
        write(cwd.resolve("ansible.cfg"), "[defaults]\nforks = 7\n");
        Files.setPosixFilePermissions(cwd, PosixFilePermissions.fromString("rwxrwxrwx"));
        AnsibleConfig c = load(Map.of());
        assertEquals(5, c.forks());
        assertEquals(List.of("Ansible is being run in a world writable directory (" + cwd + "), ignoring it as an"
                + " ansible.cfg source. For more information see"
                + " https://docs.ansible.com/ansible/devel/reference_appendices/config.html#cfg-in-world-writable-dir"),
                c.warnings());
        AnsibleConfig viaEnv = load(Map.of("ANSIBLE_CONFIG", cwd.resolve("ansible.cfg").toString()));
        assertEquals(7, viaEnv.forks());
        assertEquals(List.of(), viaEnv.warnings());
    }

    @Test
    void envPathsExpandVariablesAndTildeRelativeToCwd() {
        AnsibleConfig c = load(Map.of("ANSIBLE_PRIVATE_KEY_FILE", "$KEYS/id", "KEYS", "~/keys",
                "ANSIBLE_LOG_PATH", "logs/a.log", "ANSIBLE_ROLES_PATH", "r:/abs/r"));
        assertEquals(Optional.of(home + "/keys/id"), c.privateKeyFile());
        assertEquals(Optional.of(cwd + "/logs/a.log"), c.logPath());
        assertEquals(List.of(cwd + "/r", "/abs/r"), c.rolesPath());
    }

    @Test
    void badIntegerIsAnsiblesInvalidTypeNamingTheSettingAndWhereItCameFrom() throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of("ANSIBLE_FORKS", "many")));
        assertEquals("Invalid type for configuration option setting: DEFAULT_FORKS (from env: ANSIBLE_FORKS):"
                + " invalid literal for int() with base 10: 'many'", e.getMessage());
        write(cwd.resolve("ansible.cfg"), "[defaults]\nforks = 1_0\ntimeout = x y\n");
        e = assertThrows(ConfigException.class, () -> load(Map.of()));
        assertEquals("Invalid type for configuration option setting: DEFAULT_TIMEOUT (from " + cwd.resolve("ansible.cfg")
                + "): invalid literal for int() with base 10: 'x y'", e.getMessage());
    }

    @Test
    void firstBadSettingInAnsiblesOrderIsTheOneReported() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of("ANSIBLE_TIMEOUT", "t", "ANSIBLE_POLL_INTERVAL", "p", "ANSIBLE_FORKS", "f")));
        assertTrue(e.getMessage().contains("DEFAULT_FORKS"), e.getMessage());
    }

    @Test
    void numbersAsPythonReadsThemAndAnEmptyVariableGivesTheDefault() throws IOException {
        write(cwd.resolve("ansible.cfg"), "[defaults]\nforks = 7\ntimeout = 1_0\n");
        AnsibleConfig c = load(Map.of("ANSIBLE_FORKS", "", "ANSIBLE_POLL_INTERVAL", " +3 "));
        assertEquals(5, c.forks());
        assertEquals(10, c.timeout());
        assertEquals(3, c.pollInterval());
    }

    @Test
    void valueOutsideTheChoicesIsAnsiblesInvalidValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of("ANSIBLE_GATHERING", "bogus")));
        assertEquals("Invalid value \"bogus\" for configuration option \"setting: DEFAULT_GATHERING \", valid values are:"
                + " implicit, explicit, smart", e.getMessage());
        e = assertThrows(ConfigException.class, () -> load(Map.of("ANSIBLE_HOST_PATTERN_MISMATCH", "x")));
        assertTrue(e.getMessage().endsWith("\"setting: HOST_PATTERN_MISMATCH \", valid values are: error, warning, ignore"),
                e.getMessage());
        assertEquals("smart", load(Map.of("ANSIBLE_GATHERING", "smart")).gathering());
    }

    @Test
    void genericGetReadsEnvThenFileRaw() throws IOException {
        write(cwd.resolve("ansible.cfg"), "[callback_junit]\noutput_dir = ./junit\n");
        AnsibleConfig c = load(Map.of("JUNIT_TASK_CLASS", "yes"));
        assertEquals(Optional.of("./junit"), c.get("callback_junit", "output_dir", "JUNIT_OUTPUT_DIR"));
        assertEquals(Optional.of("yes"), c.get("callback_junit", "task_class", "JUNIT_TASK_CLASS"));
        assertEquals(Optional.empty(), c.get("callback_junit", "nothing", null));
        assertEquals(Optional.of("yes"), c.env("JUNIT_TASK_CLASS"));
    }

    @Test
    void withMethodsOverrideAndLeaveTheOriginalAlone() {
        AnsibleConfig c = load(Map.of());
        AnsibleConfig flags = c.withForks(20).withBecome(true).withRemoteUser("ops").withInventory(List.of("h1,"))
                .withVerbosity(3);
        assertEquals(20, flags.forks());
        assertTrue(flags.become());
        assertEquals(Optional.of("ops"), flags.remoteUser());
        assertEquals(List.of("h1,"), flags.inventory());
        assertEquals(3, flags.verbosity());
        assertEquals(5, c.forks());
        assertFalse(c.become());
    }

    @Test
    void unknownKeysAreIgnoredAndStringsUnquoted() throws IOException {
        write(cwd.resolve("ansible.cfg"), "[defaults]\nno_such_key = 1\nstdout_callback = 'yaml'\nbecome_user = x\n");
        AnsibleConfig c = load(Map.of());
        assertEquals("yaml", c.stdoutCallback());
        assertEquals("root", c.becomeUser(), "become_user lives in [privilege_escalation]");
    }
}
