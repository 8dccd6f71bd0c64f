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
 * and ansible-playbook on PATH.
 */
@Tag("ansible")
class RecordCorpusTest {

    @Test
    void recordsAnsibleResultsForEveryCase(@TempDir Path tmp) throws Exception {
        String target = System.getProperty("record.corpus");
        assumeTrue(target != null && AnsibleOracle.installed("ansible-playbook"), "recording not requested");
        Corpus corpus = Corpus.load();
        List<Map<String, Object>> results = CorpusPlaybook.run(corpus.vars(), corpus.cases(), tmp);
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
}
