package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code junit} callback through the command line: enabled by {@code ANSIBLE_CALLBACKS_ENABLED} or
 * {@code callbacks_enabled} in ansible.cfg, compared with the report ansible-playbook 2.14 wrote for
 * the same playbook ({@code output/junit/site.golden.xml}, durations replaced by {@code T}).
 */
class JunitReportTest {

    @TempDir
    Path dir;

    @Test
    void reportMatchesTheOneAnsiblePlaybookWroteForTheSamePlaybook() throws IOException {
        copy("site.yml");
        JplayRun run = JplayRun.run(dir, Map.of("ANSIBLE_CALLBACKS_ENABLED", "junit", "JUNIT_OUTPUT_DIR", "out",
                "JUNIT_TASK_RELATIVE_PATH", dir.toString()), "site.yml");
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals(resource("site.golden.xml"), withoutDurations(onlyReport(dir.resolve("out"), "site")));
    }

    @Test
    @Tag("ansible")
    void reportMatchesAnInstalledAnsiblePlaybookWithOptionsSet() throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        copy("site.yml");
        Map<String, String> env = Map.of("ANSIBLE_CALLBACKS_ENABLED", "ansible.builtin.junit",
                "JUNIT_TASK_RELATIVE_PATH", dir.toString(), "JUNIT_TASK_CLASS", "True", "JUNIT_FAIL_ON_CHANGE", "true",
                "JUNIT_FAIL_ON_IGNORE", "TRUE", "JUNIT_HIDE_TASK_ARGUMENTS", "true", "ANSIBLE_NOCOWS", "1");
        AnsibleOracle.run(dir, with(env, "JUNIT_OUTPUT_DIR", "ansible"), "ansible-playbook", "site.yml");
        JplayRun.run(dir, with(env, "JUNIT_OUTPUT_DIR", "jplay"), "site.yml");
        assertEquals(withoutDurations(onlyReport(dir.resolve("ansible"), "site")),
                withoutDurations(onlyReport(dir.resolve("jplay"), "site")));
    }

    @Test
    void failingRunEnabledInAnsibleCfgLeavesAReportShowingTheFailure() throws IOException {
        Files.writeString(dir.resolve("ansible.cfg"), "[defaults]\ncallbacks_enabled = junit\n");
        Files.writeString(dir.resolve("broken.yml"), """
                - hosts: localhost
                  gather_facts: false
                  tasks:
                    - name: works
                      command: echo fine
                    - name: breaks
                      command: sh -c 'echo oops >&2; exit 3'
                    - name: never reached
                      debug: msg=no
                """);
        JplayRun run = JplayRun.run(dir, Map.of("JUNIT_OUTPUT_DIR", dir.resolve("reports").toString()), "broken.yml");
        assertEquals(2, run.exitCode(), run.stderr());
        String xml = onlyReport(dir.resolve("reports"), "broken");
        assertTrue(xml.contains("<testsuite disabled=\"0\" errors=\"0\" failures=\"1\" name=\"broken\" skipped=\"0\" "
                + "tests=\"2\""), xml);
        assertTrue(xml.contains("name=\"[localhost] localhost: breaks _raw_params=sh -c 'echo oops &gt;&amp;2; exit 3'\""),
                xml);
        assertTrue(xml.contains("<failure message=\"non-zero return code\" type=\"failure\">{"), xml);
        assertTrue(xml.contains("&quot;rc&quot;: 3,"), xml);
        assertTrue(xml.contains("&quot;stderr&quot;: &quot;oops&quot;,"), xml);
        assertTrue(xml.contains("classname=\"" + dir.resolve("broken.yml") + ":6\""), xml);
    }

    @Test
    void noReportWithoutTheCallbackEnabled() throws IOException {
        copy("site.yml");
        JplayRun.run(dir, Map.of("JUNIT_OUTPUT_DIR", "out"), "site.yml");
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(env);
        copy.put(key, value);
        return copy;
    }

    private void copy(String name) throws IOException {
        Files.writeString(dir.resolve(name), resource(name));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JunitReportTest.class.getResourceAsStream("/output/junit/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The one report in {@code reports}, checking its name is {@code <playbook>-<epoch float>.xml}. */
    private static String onlyReport(Path reports, String playbook) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(reports)) {
            files = list.toList();
        }
        assertEquals(1, files.size(), files.toString());
        String name = files.get(0).getFileName().toString();
        assertTrue(name.matches(playbook + "-\\d{10}\\.\\d{1,7}\\.xml"), name);
        return Files.readString(files.get(0), StandardCharsets.UTF_8);
    }

    private static String withoutDurations(String xml) {
        return xml.replaceAll(" time=\"[^\"]*\"", " time=\"T\"");
    }
}
