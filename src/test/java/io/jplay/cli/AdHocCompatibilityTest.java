package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ad-hoc commands on localhost under jplay and under the installed {@code ansible}: the minimal
 * callback's output and the exit code must match, async ones included ({@code -B}/{@code -P}).
 */
@Tag("ansible")
class AdHocCompatibilityTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "command          | -a|echo hi",
        "failing command  | -a|false",
        "shell            | -m|shell|-a|echo $((1+2)) >&2",
        "ping             | -m|ping",
        "debug            | -m|debug|-a|msg={{ 1 + 1 }}",
        "set_fact         | -m|set_fact|-a|a=1",
        "raw              | -m|raw|-a|echo raw",
        "missing args (usage text differs) | -m|command",
        "unknown module   | -m|nosuchmodule",
        "background       | -B|5|-P|0|-a|sleep 1",
        "background poll  | -B|5|-P|1|-a|echo hi",
        "background timeout | -B|2|-P|1|-a|sleep 6",
        "poll without background | -P|1|-a|echo sync",
    })
    void printsWhatAnsiblePrints(String spec, @TempDir Path work) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible"), "ansible is not installed");
        String[] parts = spec.split("\\|");
        String name = parts[0].trim();
        String[] args = new String[parts.length];
        args[0] = "localhost";
        for (int i = 1; i < parts.length; i++) {
            args[i] = parts[i].trim();
        }
        Path jobs = Files.createDirectory(work.resolve("jobs"));
        Map<String, String> env = Map.of("ANSIBLE_ASYNC_DIR", jobs.toString());
        JplayRun ansible = JplayRun.of(AnsibleOracle.run(work, env, "ansible", args));
        JplayRun jplay = JplayRun.run(work, env, args);
        if (!name.contains("usage text differs")) {
            assertEquals(OutputNormaliser.normalise(ansible.stdout()), OutputNormaliser.normalise(jplay.stdout()),
                    name);
        }
        assertEquals(lastLine(ansible.stderr()), lastLine(jplay.stderr()), name);
        assertEquals(ansible.exitCode(), jplay.exitCode(), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "default"})
    void binAnsibleCallbacksUsesTheStdoutCallbackUnlessItIsDefault(String callback, @TempDir Path work)
            throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible"), "ansible is not installed");
        Map<String, String> env = Map.of("ANSIBLE_LOAD_CALLBACK_PLUGINS", "1", "ANSIBLE_STDOUT_CALLBACK", callback);
        String[] args = {"localhost", "-m", "ping"};
        JplayRun ansible = JplayRun.of(AnsibleOracle.run(work, env, "ansible", args));
        JplayRun jplay = JplayRun.run(work, env, args);
        assertEquals(withoutTimesAndIds(ansible.stdout()), withoutTimesAndIds(jplay.stdout()), callback);
        assertEquals(ansible.exitCode(), jplay.exitCode(), callback);
    }

    private static String withoutTimesAndIds(String json) {
        return OutputNormaliser.normalise(json).replaceAll("\"(start|end|id)\": \"[^\"]*\"", "\"$1\": X");
    }

    /** Ansible prints its usage text before some errors; the error line itself must match. */
    private static String lastLine(String text) {
        String[] lines = OutputNormaliser.normalise(text).strip().split("\n");
        return lines[lines.length - 1];
    }
}
