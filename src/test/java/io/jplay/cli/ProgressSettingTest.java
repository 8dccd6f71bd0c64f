package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.RunEnvironment;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Which runs get the live progress line: terminals only, and not when it is turned off. */
class ProgressSettingTest {
    @TempDir
    Path dir;

    private final Terminal tty = Terminal.withStatusLine(new ByteArrayOutputStream(), new ByteArrayOutputStream(), 80,
            null);
    private final Terminal pipe = new Terminal(System.out, System.err, false, 0, null);

    private boolean shows(Terminal terminal, Map<String, String> env, String... args) {
        AnsibleConfig config = RunEnvironment.ofProcess(env, dir).loadConfig();
        JplayCommand cmd = JplayCommand.of(new CommandLine(JplayCommand.spec()).parseArgs(args));
        return Session.showsProgress(config, cmd, env, terminal);
    }

    @Test
    void onATerminalByDefaultNeverOnAPipe() {
        assertTrue(shows(tty, Map.of(), "site.yml"));
        assertFalse(shows(pipe, Map.of(), "site.yml"));
    }

    @Test
    void theFlagTheEnvironmentAndTheConfigFileTurnItOff() throws Exception {
        assertFalse(shows(tty, Map.of(), "site.yml", "--no-progress"));
        assertFalse(shows(tty, Map.of("JPLAY_NO_PROGRESS", "1"), "site.yml"));
        assertTrue(shows(tty, Map.of("JPLAY_NO_PROGRESS", ""), "site.yml"));
        assertFalse(shows(tty, Map.of("JPLAY_PROGRESS", "false"), "site.yml"));
        Files.writeString(dir.resolve("ansible.cfg"), "[jplay]\nprogress = no\n");
        assertFalse(shows(tty, Map.of("ANSIBLE_CONFIG", dir.resolve("ansible.cfg").toString()), "site.yml"));
    }
}
