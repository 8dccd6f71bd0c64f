package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.json.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four slices of one playbook, run as four separate runs over local-connection hosts and merged with
 * {@code jplay merge}, give the same per-host stats, task results and exit code as the unsliced run.
 */
class SliceMergeTest {
    private static final Map<String, String> JSON = Map.of("ANSIBLE_STDOUT_CALLBACK", "json");

    @TempDir
    Path dir;

    private void write() throws Exception {
        StringBuilder inv = new StringBuilder("[web]\n");
        for (int i = 1; i <= 23; i++) {
            inv.append("web").append(i).append(" ansible_connection=local\n");
        }
        inv.append("[db]\n");
        for (int i = 1; i <= 6; i++) {
            inv.append("db").append(i).append(" ansible_connection=local\n");
        }
        Files.writeString(dir.resolve("inv"), inv);
        Files.writeString(dir.resolve("site.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - debug: msg="hello {{ inventory_hostname }}"
                    - set_fact: role_of_host="{{ group_names[0] }}"
                      changed_when: inventory_hostname.startswith('db')
                    - fail: msg=boom
                      when: inventory_hostname in ['web7', 'db2']
                    - assert: {that: "role_of_host in ['web', 'db']"}
                    - block:
                        - fail: msg=rescued
                          when: inventory_hostname == 'web11'
                      rescue:
                        - debug: msg=recovered
                - hosts: db
                  gather_facts: false
                  tasks:
                    - debug: var=role_of_host
                """);
    }

    @Test
    void fourSlicesMergedEqualTheUnslicedRun() throws Exception {
        write();
        JplayRun whole = JplayRun.run(dir, JSON, "-i", "inv", "site.yml");
        assertEquals(2, whole.exitCode(), whole.stderr());
        List<String> results = new ArrayList<>(List.of("merge", "--output", "merged.json"));
        int hostsSeen = 0;
        for (int i = 1; i <= 4; i++) {
            JplayRun slice = JplayRun.run(dir, JSON, "-i", "inv", "site.yml", "--slice", i + "/4");
            Files.writeString(dir.resolve("slice" + i + ".json"), slice.stdout());
            results.add("slice" + i + ".json");
            hostsSeen += stats(slice.stdout()).size();
        }
        assertEquals(29, hostsSeen, "each host in one slice");
        JplayRun merged = JplayRun.run(dir, Map.of(), results.toArray(String[]::new));
        assertEquals(whole.exitCode(), merged.exitCode(), merged.stderr());
        assertTrue(merged.stdout().contains("PLAY RECAP"), merged.stdout());
        assertTrue(merged.stdout().matches("(?s).*web7 +: ok=2 +changed=0 +unreachable=0 +failed=1 .*"),
                merged.stdout());
        String mergedJson = Files.readString(dir.resolve("merged.json"));
        assertEquals(stats(whole.stdout()), stats(mergedJson));
        assertEquals(taskResults(whole.stdout()), taskResults(mergedJson));
    }

    @Test
    void adHocSlicesWithTheJsonCallbackMergeToo() throws Exception {
        write();
        Map<String, String> env = Map.of("ANSIBLE_STDOUT_CALLBACK", "json", "ANSIBLE_LOAD_CALLBACK_PLUGINS", "1");
        JplayRun whole = JplayRun.run(dir, env, "-i", "inv", "db", "-m", "ping");
        List<String> args = new ArrayList<>(List.of("merge", "--output", "adhoc.json"));
        for (int i = 1; i <= 3; i++) {
            JplayRun slice = JplayRun.run(dir, env, "-i", "inv", "db", "-m", "ping", "--slice", i + "/3");
            assertEquals(0, slice.exitCode(), slice.stderr());
            Files.writeString(dir.resolve("adhoc" + i + ".json"), slice.stdout());
            args.add("adhoc" + i + ".json");
            assertEquals(2, stats(slice.stdout()).size(), "6 hosts in 3 slices");
        }
        JplayRun merged = JplayRun.run(dir, Map.of(), args.toArray(String[]::new));
        assertEquals(0, merged.exitCode(), merged.stderr());
        String mergedJson = Files.readString(dir.resolve("adhoc.json"));
        assertEquals(stats(whole.stdout()), stats(mergedJson));
        assertEquals(taskResults(whole.stdout()), taskResults(mergedJson));
    }

    @Test
    void aPlaybookThatLooksAcrossHostsIsRefusedUnlessUnsafeIsAllowed() throws Exception {
        write();
        Files.writeString(dir.resolve("once.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - debug: msg="{{ hostvars['db1'].inventory_hostname }}"
                      run_once: true
                """);
        JplayRun refused = JplayRun.run(dir, Map.of(), "-i", "inv", "once.yml", "--slice", "1/4");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.stderr().contains("uses run_once"), refused.stderr());
        assertTrue(refused.stderr().contains("reads hostvars of other hosts"), refused.stderr());
        JplayRun unsafe = JplayRun.run(dir, Map.of(), "-i", "inv", "once.yml", "--slice", "1/4", "--slice-unsafe");
        assertEquals(0, unsafe.exitCode(), unsafe.stderr());
    }

    @Test
    void delegatingToOneOfTheRunsHostsIsRefusedByEverySliceAlsoTheOneHoldingIt() throws Exception {
        write();
        Files.writeString(dir.resolve("delegate.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - debug: msg=delegated
                      delegate_to: web1
                """);
        for (int i = 1; i <= 4; i++) {
            JplayRun refused = JplayRun.run(dir, JSON, "-i", "inv", "delegate.yml", "--slice", i + "/4");
            assertEquals(1, refused.exitCode(), "slice " + i + ": " + refused.stdout());
            assertTrue(refused.stderr().contains("delegates to web1, which every slice would work on"), refused.stderr());
        }
        JplayRun whole = JplayRun.run(dir, JSON, "-i", "inv", "delegate.yml", "--slice", "1/1");
        assertEquals(0, whole.exitCode(), whole.stderr());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(String json) throws Exception {
        return (Map<String, Object>) ((Map<String, Object>) JsonParser.parse(json)).get("stats");
    }

    /** Per play and task name, each host's result (ids and timings differ from run to run). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> taskResults(String json) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> plays = (List<Object>) ((Map<String, Object>) JsonParser.parse(json)).get("plays");
        for (int p = 0; p < plays.size(); p++) {
            List<Object> tasks = (List<Object>) ((Map<String, Object>) plays.get(p)).get("tasks");
            for (int t = 0; t < tasks.size(); t++) {
                Map<String, Object> task = (Map<String, Object>) tasks.get(t);
                out.put(p + "/" + t + " " + ((Map<String, Object>) task.get("task")).get("name"), task.get("hosts"));
            }
        }
        return out;
    }
}
