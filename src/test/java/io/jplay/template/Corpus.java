package io.jplay.template;

import io.jplay.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The recorded corpus: shared variables and cases with Ansible's results. */
record Corpus(Map<String, Object> vars, List<String> cases, List<Map<String, Object>> expected) {

    @SuppressWarnings("unchecked")
    static Corpus load() throws Exception {
        Map<String, Object> vars = (Map<String, Object>) JsonParser.parse(resource("vars.json"));
        List<String> cases = new ArrayList<>();
        for (String line : resource("cases.txt").split("\n")) {
            if (!line.isEmpty()) {
                cases.add(line);
            }
        }
        List<Map<String, Object>> expected = new ArrayList<>();
        String recorded = resourceOrNull("corpus.json");
        if (recorded != null) {
            Map<String, Object> doc = (Map<String, Object>) JsonParser.parse(recorded);
            for (Object o : (List<?>) doc.get("results")) {
                expected.add((Map<String, Object>) o);
            }
        }
        return new Corpus(vars, cases, expected);
    }

    private static String resource(String name) throws IOException {
        String s = resourceOrNull(name);
        if (s == null) {
            throw new IOException("missing test resource template/" + name);
        }
        return s;
    }

    static String resourceOrNull(String name) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/template/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
