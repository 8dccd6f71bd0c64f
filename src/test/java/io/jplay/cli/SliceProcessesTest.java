package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.json.JsonParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four slices as four operating-system processes running at the same time (as four pods would), each
 * writing its json result to a file, then {@code jplay merge} in a fifth: the merged recap, per-host
 * stats, task results and exit code equal those of the unsliced run, also a process.
 */
class SliceProcessesTest {
    @TempDir
    Path dir;

    private void write() throws Exception {
        StringBuilder inv = new StringBuilder("[app]\n");
        for (int i = 1; i <= 17; i++) {
            inv.append("app").append(i).append(" ansible_connection=local\n");
        }
        inv.append("[gone]\nghost1 ansible_connection=ssh ansible_host=127.0.0.1 ansible_port=1 ansible_timeout=2\n");
        Files.writeString(dir.resolve("inv"), inv);
        Files.writeString(dir.resolve("site.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - command: echo {{ inventory_hostname }}
                      register: echoed
                      changed_when: inventory_hostname.endswith('1')
                    - fail: msg=boom
                      when: inventory_hostname == 'app5'
                    - debug: msg="{{ echoed.stdout }}"
                - hosts: app
                  gather_facts: false
                  tasks:
                    - assert: {that: "echoed.rc == 0"}
                """);
    }

    private Process start(String output, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(dir.resolve(output).toFile()).redirectError(dir.resolve(output + ".err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ANSIBLE_"));
        pb.environment().put("ANSIBLE_STDOUT_CALLBACK", "json");
        pb.environment().put("ANSIBLE_HOST_KEY_CHECKING", "false");
        return pb.start();
    }

    @Test
    void fourSliceProcessesMergedEqualTheUnslicedProcess() throws Exception {
        write();
        List<Process> slices = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            slices.add(start("slice" + i + ".json", "-i", "inv", "site.yml", "--slice", i + "/4"));
        }
        Process whole = start("whole.json", "-i", "inv", "site.yml");
        int wholeCode = whole.waitFor();
        assertEquals(4, wholeCode, read("whole.json.err"));
        int hosts = 0;
        for (int i = 1; i <= 4; i++) {
            int code = slices.get(i - 1).waitFor();
            assertTrue(code == 0 || code == 2 || code == 4, "slice " + i + ": " + code + read("slice" + i + ".json.err"));
            hosts += stats(read("slice" + i + ".json")).size();
        }
        assertEquals(18, hosts, "every host in exactly one slice");
        Process merge = start("merge.out", "merge", "--output", "merged.json",
                "slice1.json", "slice2.json", "slice3.json", "slice4.json");
        assertEquals(wholeCode, merge.waitFor(), read("merge.out.err"));
        String merged = read("merged.json");
        assertEquals(stats(read("whole.json")), stats(merged));
        assertEquals(taskResults(read("whole.json")), taskResults(merged));
        assertEquals(recap(unslicedRecap()), recap(read("merge.out")), "the merged PLAY RECAP is the unsliced run's");
    }

    /** The unsliced run's recap as the default callback prints it (a sixth process). */
    private String unslicedRecap() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-i", "inv", "site.yml"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("ANSIBLE_"));
        pb.environment().put("ANSIBLE_HOST_KEY_CHECKING", "false");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(4, p.waitFor(), out);
        return out;
    }

    /** The recap's host lines, sorted (the unsliced run lists hosts in its own order). */
    private static Map<String, String> recap(String out) {
        Map<String, String> lines = new TreeMap<>();
        boolean inRecap = false;
        for (String line : out.split("\n")) {
            inRecap |= line.startsWith("PLAY RECAP");
            if (inRecap && line.contains(" : ")) {
                lines.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(" : ")).strip());
            }
        }
        assertTrue(lines.size() == 18, out);
        return lines;
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(String json) throws Exception {
        return (Map<String, Object>) ((Map<String, Object>) JsonParser.parse(json)).get("stats");
    }

    /** Per play and task, each host's result without timings (ids and durations differ between runs). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> taskResults(String json) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> plays = (List<Object>) ((Map<String, Object>) JsonParser.parse(json)).get("plays");
        for (int p = 0; p < plays.size(); p++) {
            List<Object> tasks = (List<Object>) ((Map<String, Object>) plays.get(p)).get("tasks");
            for (int t = 0; t < tasks.size(); t++) {
                Map<String, Object> task = (Map<String, Object>) tasks.get(t);
                Map<String, Object> hosts = new TreeMap<>((Map<String, Object>) task.get("hosts"));
                hosts.replaceAll((host, result) -> withoutTimes((Map<String, Object>) result));
                out.put(p + "/" + t + " " + ((Map<String, Object>) task.get("task")).get("name"), hosts);
            }
        }
        return out;
    }

    private static Map<String, Object> withoutTimes(Map<String, Object> result) {
        Map<String, Object> copy = new TreeMap<>(result);
        copy.keySet().removeAll(List.of("start", "end", "delta"));
        return copy;
    }
}
