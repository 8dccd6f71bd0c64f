package io.jplay.template;

import io.jplay.json.JsonParser;
import io.jplay.json.JsonWriter;
import io.jplay.testing.AnsibleOracle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs template cases through the real ansible-playbook ({@link AnsibleOracle}) in ONE run: each value
 * case becomes a {@code debug: msg=<template>} task, each {@code when:} case a task with that condition.
 * Results are {@code {"value": ...}} or {@code {"error": message}}.
 */
final class CorpusPlaybook {
    static final String WHEN = "when:";

    private CorpusPlaybook() {
    }

    /** Cases per ansible-playbook run: each run stays well inside the oracle's time limit under load. */
    static final int CHUNK = 300;

    static List<Map<String, Object>> run(Map<String, Object> vars, List<String> cases, Path workDir) throws Exception {
        List<Map<String, Object>> outList = new ArrayList<>();
        for (int from = 0; from < cases.size(); from += CHUNK) {
            List<String> chunk = cases.subList(from, Math.min(cases.size(), from + CHUNK));
            outList.addAll(runChunk(vars, chunk, workDir));
        }
        return outList;
    }

    private static List<Map<String, Object>> runChunk(Map<String, Object> vars, List<String> cases, Path workDir)
            throws Exception {
        Path playbook = workDir.resolve("corpus.yml");
        Files.writeString(playbook, JsonWriter.python().write(List.of(play(vars, cases))), StandardCharsets.UTF_8);
        AnsibleOracle.Run run = AnsibleOracle.run(workDir, Map.of(
                "ANSIBLE_STDOUT_CALLBACK", "json",
                "ANSIBLE_LOCALHOST_WARNING", "false",
                "ANSIBLE_INVENTORY_UNPARSED_WARNING", "false"), "ansible-playbook", playbook.toString());
        String out = run.stdout();
        if (out.indexOf('{') < 0) {
            throw new IllegalStateException("ansible-playbook printed no JSON for cases " + cases.get(0) + " .. "
                    + cases.get(cases.size() - 1) + ": " + run.stderr());
        }
        Map<?, ?> doc = (Map<?, ?>) JsonParser.parse(out.substring(out.indexOf('{')));
        List<?> plays = (List<?>) doc.get("plays");
        List<?> results = (List<?>) ((Map<?, ?>) plays.get(0)).get("tasks");
        List<Map<String, Object>> outList = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Map<?, ?> host = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) results.get(i)).get("hosts")).get("localhost");
            Map<String, Object> r = new LinkedHashMap<>();
            if (Boolean.TRUE.equals(host.get("failed"))) {
                r.put("error", host.get("msg"));
            } else if (cases.get(i).startsWith(WHEN)) {
                r.put("value", !Boolean.TRUE.equals(host.get("skipped")));
            } else {
                r.put("value", host.get("msg"));
            }
            outList.add(r);
        }
        return outList;
    }

    private static Map<String, Object> play(Map<String, Object> vars, List<String> cases) {
        List<Object> tasks = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String c = cases.get(i);
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("name", "case" + i);
            if (c.startsWith(WHEN)) {
                task.put("debug", Map.of("msg", "ran"));
                task.put("when", c.substring(WHEN.length()));
            } else {
                task.put("debug", Map.of("msg", c));
            }
            task.put("ignore_errors", true);
            tasks.add(task);
        }
        Map<String, Object> play = new LinkedHashMap<>();
        play.put("hosts", "localhost");
        play.put("gather_facts", false);
        play.put("vars", vars);
        play.put("tasks", tasks);
        return play;
    }
}
