package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.json.JsonWriter;
import io.jplay.testing.AnsibleOracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every corpus case must give what ansible-core 2.14 gave (recorded, and live when available). */
class CorpusTest {
    /** Cases whose Ansible result depends on the moment or the machine, checked by shape only. */
    static final Set<String> VOLATILE = Set.of(
            // ansible-core treats step 0 as 1: a random number below 10, recorded once as "0"
            "{{ 10 | random(step=0) }}",
            // Python reads an int path as a file descriptor: the answer is the recording process's
            "{{ 1 is exists }}", "{{ 1 is file }}", "{{ 1 is is_file }}");
    static final String KNOWN = "known-differences.txt";

    static String outcome(AnsibleTemplater t, String c, Map<String, Object> vars) {
        try {
            Object v = c.startsWith(CorpusPlaybook.WHEN)
                    ? t.isTrue(c.substring(CorpusPlaybook.WHEN.length()), vars)
                    : t.template(c, vars);
            return "value " + JsonWriter.python().sortKeys(true).write(v);
        } catch (TemplateException e) {
            return "error " + e.getMessage();
        } catch (RuntimeException e) {
            // a Java exception escaping the templater is a defect: shown as a mismatch, never as an error
            return "crash " + e;
        }
    }

    static List<String> mismatches(Corpus corpus, List<Map<String, Object>> expected) {
        io.jplay.config.RunEnvironment environment = io.jplay.config.RunEnvironment.ofProcess(System.getenv(),
                Path.of("").toAbsolutePath());
        AnsibleTemplater t = new AnsibleTemplater(w -> { }, new io.jplay.cli.ConfigController(
                environment.loadConfig(), environment, io.jplay.vault.VaultSecrets.none()));
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < corpus.cases().size(); i++) {
            String c = corpus.cases().get(i);
            if (VOLATILE.contains(c)) {
                continue;
            }
            Map<String, Object> exp = expected.get(i);
            String got = outcome(t, c, corpus.vars());
            if (exp.containsKey("error")) {
                String msg = String.valueOf(exp.get("error"));
                boolean anyError = exp.get("error") == null;
                if (!got.startsWith("error ") || !(anyError || msg.contains(got.substring(6)))) {
                    bad.add(c + "\n    ansible: ERROR " + msg.split("\n")[0] + "\n    jplay:   " + got);
                }
            } else {
                String want = "value " + JsonWriter.python().sortKeys(true).write(exp.get("value"));
                if (!want.equals(got)) {
                    bad.add(c + "\n    ansible: " + want + "\n    jplay:   " + got);
                }
            }
        }
        return bad;
    }

    @Test
    void everyRecordedCaseMatchesAnsible() throws Exception {
        Corpus corpus = Corpus.load();
        assertEquals(corpus.cases().size(), corpus.expected().size(), "corpus.json is out of date; re-record");
        assertTrue(corpus.cases().size() >= 200);
        List<String> bad = mismatches(corpus, corpus.expected());
        assertOnlyKnownDifferences(corpus, bad);
    }

    /**
     * The cases jplay still gets wrong are listed, one per line, in {@code known-differences.txt}: a
     * ratchet. A difference not listed fails (a regression), and so does a listed case that now
     * matches (take it off the list). {@code -Dcorpus.writeKnown=true} rewrites the list from this run.
     */
    static void assertOnlyKnownDifferences(Corpus corpus, List<String> bad) throws Exception {
        Set<String> known = new java.util.LinkedHashSet<>();
        String listed = Corpus.resourceOrNull(KNOWN);
        if (listed != null) {
            for (String line : listed.split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    known.add(line);
                }
            }
        }
        Set<String> badCases = new java.util.LinkedHashSet<>();
        List<String> unexpected = new ArrayList<>();
        for (String b : bad) {
            String c = b.substring(0, b.indexOf('\n'));
            badCases.add(c);
            if (!known.contains(c)) {
                unexpected.add(b);
            }
        }
        if (Boolean.getBoolean("corpus.writeKnown")) {
            Path file = Path.of("src/test/resources/template").resolve(KNOWN);
            java.nio.file.Files.writeString(file, "# corpus cases where jplay still differs from ansible-core 2.14 (CorpusTest)\n"
                    + String.join("\n", badCases) + "\n");
            return;
        }
        List<String> fixed = known.stream().filter(c -> !badCases.contains(c)).toList();
        assertTrue(unexpected.isEmpty(), unexpected.size() + " of " + corpus.cases().size()
                + " differ from Ansible and are not in " + KNOWN + ":\n" + String.join("\n", unexpected));
        assertTrue(fixed.isEmpty(), "these now match Ansible; take them off " + KNOWN + ":\n" + String.join("\n", fixed));
    }

    @Test
    @Tag("ansible")
    void everyCaseMatchesLiveAnsible(@TempDir Path tmp) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook") && System.getProperty("skip.live.ansible") == null,
                "ansible-playbook not on PATH");
        Corpus corpus = Corpus.load();
        List<String> bad = mismatches(corpus, CorpusPlaybook.run(corpus.vars(), corpus.cases(), tmp));
        assertOnlyKnownDifferences(corpus, bad);
    }
}
