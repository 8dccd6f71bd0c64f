package io.jplay.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import io.jplay.json.JsonWriter;
import io.jplay.python.PyLiteral;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind the decision to write jplay's own engine (docs/architecture.md,
 * "Decisions"): the recorded corpus rendered through Jinjava with its Python-like settings
 * ({@link LegacyOverrides#ALL}: pyish object mapper, natural operator precedence, strict
 * whitespace control...) and without them, with unknown tokens failing (as Ansible's undefined
 * variables do) and not; the best line is Jinjava's most faithful configuration. Each rendered
 * text goes through Ansible's own rule for what a template result becomes (text that looks like a
 * list, dict or bool is read as a Python literal) and is compared, as JSON, with what ansible-core
 * gave; a case Ansible rejects agrees when Jinjava fails too. jplay's own figure on the same
 * corpus is printed beside it. Run with {@code mvn -P jinjava test -Dtest=JinjavaAgreementTest}.
 */
class JinjavaAgreementTest {

    @Test
    void printAgreementWithAnsible() throws Exception {
        Corpus corpus = Corpus.load();
        String version = Jinjava.class.getPackage().getImplementationVersion();
        for (LegacyOverrides overrides : List.of(LegacyOverrides.ALL, LegacyOverrides.NONE)) {
            for (boolean failOnUnknown : List.of(true, false)) {
                Jinjava jinjava = new Jinjava(JinjavaConfig.newBuilder()
                        .withLegacyOverrides(overrides)
                        .withFailOnUnknownTokens(failOnUnknown)
                        .build());
                int[] tally = agreement(jinjava, corpus);
                System.out.printf("Jinjava %s (LegacyOverrides.%s, failOnUnknownTokens=%s): %d of %d cases agree"
                        + " with ansible-core (%.1f %%)%n", version, overrides == LegacyOverrides.ALL ? "ALL" : "NONE",
                        failOnUnknown, tally[0], tally[1], 100.0 * tally[0] / tally[1]);
            }
        }
        int total = agreement(null, corpus)[1];
        int jplayBad = CorpusTest.mismatches(corpus, corpus.expected()).size();
        System.out.printf("jplay's engine: %d of %d cases agree (%.1f %%)%n", total - jplayBad, total,
                100.0 * (total - jplayBad) / total);
    }

    /** {agreeing cases, cases}; with no engine, only the count of cases. */
    private static int[] agreement(Jinjava jinjava, Corpus corpus) {
        JsonWriter json = JsonWriter.python().sortKeys(true);
        int agree = 0;
        int total = 0;
        for (int i = 0; i < corpus.cases().size(); i++) {
            String c = corpus.cases().get(i);
            if (CorpusTest.VOLATILE.contains(c)) {
                continue;
            }
            total++;
            if (jinjava == null) {
                continue;
            }
            Map<String, Object> exp = corpus.expected().get(i);
            String got = render(jinjava, c, corpus.vars(), json);
            boolean same = exp.containsKey("error") ? got == null
                    : got != null && got.equals(json.write(exp.get("value")));
            agree += same ? 1 : 0;
        }
        return new int[] {agree, total};
    }

    /** The JSON of the value Ansible would make of Jinjava's text, or null when Jinjava failed. */
    private static String render(Jinjava jinjava, String template, Map<String, Object> vars, JsonWriter json) {
        try {
            RenderResult r = jinjava.renderForResult(template, vars);
            List<TemplateError> errors = r.getErrors();
            if (errors.stream().anyMatch(e -> e.getSeverity() == TemplateError.ErrorType.FATAL)) {
                return null;
            }
            String out = r.getOutput();
            Object value = out.startsWith("{") || out.startsWith("[") || out.equals("True") || out.equals("False")
                    ? PyLiteral.ansibleEval(out) : out;
            return json.write(value);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
