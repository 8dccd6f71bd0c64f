package io.jplay.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every pattern in {@code fnmatch.json} against every name, compared with what Python 3.11's
 * {@code fnmatch.fnmatchcase} said (recorded: pattern, then the names it matched).
 */
class PyFnmatchTest {
    private static final List<String> NAMES = List.of("web01", "xweb", "h5", "h1", "a.bc", "axb", "]x", "ax", "x",
            "a", "-", "b", "c", "d", "e", "^", "[", "x[", "aa", "a&", "&", "\\", "!", "!]", "f.txt", "x_1", "-x",
            "äb", "a(b)|c", "~", "|", "a]");

    @Test
    @SuppressWarnings("unchecked")
    void matchesAsPythonDid() throws Exception {
        List<Object> recorded;
        try (InputStream in = PyFnmatchTest.class.getResourceAsStream("/python/fnmatch.json")) {
            recorded = (List<Object>) JsonParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        for (Object row : recorded) {
            List<Object> pair = (List<Object>) row;
            String glob = (String) pair.get(0);
            List<String> matched = new ArrayList<>();
            for (String name : NAMES) {
                if (PyFnmatch.matches(name, glob)) {
                    matched.add(name);
                }
            }
            assertEquals(pair.get(1), matched, glob);
        }
    }
}
