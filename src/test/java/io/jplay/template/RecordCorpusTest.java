package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.json.JsonWriter;
import io.jplay.testing.AnsibleOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records Ansible's results for the corpus. Runs only with {@code -Drecord.corpus=<corpus.json path>}
 * and ansible-playbook on PATH; with {@code -Drecord.onlyNew=true} only cases not yet recorded run, the
 * recorded ones are kept as they are.
 */
@Tag("ansible")
class RecordCorpusTest {

    @Test
    void recordsAnsibleResultsForEveryCase(@TempDir Path tmp) throws Exception {
        String target = System.getProperty("record.corpus");
        assumeTrue(target != null && AnsibleOracle.installed("ansible-playbook"), "recording not requested");
        Corpus corpus = Corpus.load();
        List<Map<String, Object>> results = Boolean.getBoolean("record.onlyNew")
                ? recordNew(corpus, tmp) : CorpusPlaybook.run(corpus.vars(), corpus.cases(), tmp);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case", corpus.cases().get(i));
            row.putAll(results.get(i));
            rows.add(row);
        }
        Files.writeString(Path.of(target), JsonWriter.python().indent(1).ensureAscii(false)
                .write(Map.of("results", rows)) + "\n");
        assertEquals(corpus.cases().size(), rows.size());
    }

    private static List<Map<String, Object>> recordNew(Corpus corpus, Path tmp) throws Exception {
        Map<String, Map<String, Object>> known = new java.util.HashMap<>();
        for (Map<String, Object> row : corpus.expected()) {
            Map<String, Object> result = new LinkedHashMap<>(row);
            known.put(String.valueOf(result.remove("case")), result);
        }
        List<String> fresh = corpus.cases().stream().filter(c -> !known.containsKey(c)).toList();
        List<Map<String, Object>> recorded = fresh.isEmpty() ? List.of() : CorpusPlaybook.run(corpus.vars(), fresh, tmp);
        for (int i = 0; i < fresh.size(); i++) {
            known.put(fresh.get(i), recorded.get(i));
        }
        return corpus.cases().stream().map(known::get).toList();
    }
}
