package io.jplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEnvironmentTest {

    @Test
    void homeIsHomeFromTheEnvironmentAsPythonsExpanduserReadsIt(@TempDir Path dir) {
        assertEquals(dir, RunEnvironment.ofProcess(Map.of("HOME", dir.toString()), dir).home());
    }

    @Test
    void withoutHomeTheAccountsHomeIsUsed(@TempDir Path dir) {
        Path account = Path.of(System.getProperty("user.home"));
        assertEquals(account, RunEnvironment.ofProcess(Map.of(), dir).home());
        assertEquals(account, RunEnvironment.ofProcess(Map.of("HOME", ""), dir).home());
    }

    @Test
    void versionIsTheOneTheBuildWrote(@TempDir Path dir) {
        String version = RunEnvironment.ofProcess(Map.of(), dir).version();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }

    @Test
    void configIsFoundFromTheEnvironmentsDirectories(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ansible.cfg"), "[defaults]\nforks = 7\n");
        AnsibleConfig config = RunEnvironment.ofProcess(Map.of("HOME", dir.toString()), dir).loadConfig();
        assertEquals(Path.of(dir.resolve("ansible.cfg").toString()), config.configFile().orElseThrow());
        assertEquals(7, config.forks());
    }
}
