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
        "task timeout     | --task-timeout|1|-a|sleep 5",
        "json arguments   | -m|debug|-a|{\"msg\": 3}",
        "broken json is free-form text (Python's set order) | -m|debug|-a|{\"msg\": 3",
        "free-form text for ping (Python's set order) | -m|ping|-a|foo",
        "free-form template | -m|debug|-a|{{ {'msg': 5} }}",
        "bad parameter named as the command line did | -m|ansible.builtin.ping|-a|bogus=1",
        "list hosts, no module (a pattern, not a playbook) | --list-hosts",
        "list hosts, limited | --list-hosts|--limit|,,",
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
        // the list of modules that take free-form text is a Python set, its order differs from run to run
        String order = "following modules: .*";
        assertEquals(lastLine(ansible.stderr()).replaceFirst(order, ""), lastLine(jplay.stderr()).replaceFirst(order, ""),
                name);
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

    /**
     * Ad-hoc runs find Python plugins as {@code ansible} does: the configured paths, and with
     * {@code --playbook-dir} (or {@code ANSIBLE_PLAYBOOK_DIR}) that directory's {@code filter_plugins/} and
     * {@code inventory_plugins/}; the working directory's are not searched.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--playbook-dir", "env", "none"})
    void pluginDirsFollowThePlaybookDir(String how, @TempDir Path work) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible"), "ansible is not installed");
        Path pd = Files.createDirectories(work.resolve("pd/filter_plugins"));
        Files.writeString(pd.resolve("blue.py"), "def blue(v):\n    return 'blue:' + str(v)\n"
                + "class FilterModule(object):\n    def filters(self):\n        return {'blue': blue}\n");
        Files.createDirectories(work.resolve("filter_plugins"));
        Files.copy(pd.resolve("blue.py"), work.resolve("filter_plugins/blue.py"));
        Path inv = Files.createDirectories(work.resolve("pd/inventory_plugins"));
        Files.writeString(inv.resolve("one.py"), "from ansible.plugins.inventory import BaseInventoryPlugin\n"
                + "class InventoryModule(BaseInventoryPlugin):\n    NAME = 'one'\n"
                + "    def verify_file(self, path):\n        return path.endswith('.one.yml')\n"
                + "    def parse(self, inventory, loader, path, cache=True):\n"
                + "        inventory.add_host('h1', group=inventory.add_group('ones'))\n"
                + "        inventory.set_variable('h1', 'ansible_connection', 'local')\n");
        Files.writeString(work.resolve("src.one.yml"), "plugin: one\n");
        Map<String, String> env = new java.util.HashMap<>(Map.of("ANSIBLE_INVENTORY_ENABLED", "one,host_list"));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("all", "-i", "src.one.yml", "-i",
                "localhost,", "-m", "debug", "-a", "msg={{ inventory_hostname | blue }}"));
        if (how.equals("env")) {
            env.put("ANSIBLE_PLAYBOOK_DIR", "pd");
        } else if (how.equals("--playbook-dir")) {
            args.addAll(java.util.List.of("--playbook-dir", "pd"));
        }
        String[] argv = args.toArray(String[]::new);
        JplayRun ansible = JplayRun.of(AnsibleOracle.run(work, env, "ansible", argv));
        JplayRun jplay = JplayRun.run(work, env, argv);
        assertEquals(OutputNormaliser.normaliseAdHocUnordered(ansible.stdout()), OutputNormaliser.normaliseAdHocUnordered(jplay.stdout()), how);
        assertEquals(ansible.exitCode(), jplay.exitCode(), how);
        if (!how.equals("none")) {
            org.junit.jupiter.api.Assertions.assertTrue(jplay.stdout().contains("blue:h1"), jplay.stdout());
        }
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
