package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.json.JsonWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a file-module result with one ansible-core 2.14 returned for the same task. The golden's
 * directory ({@code /tmp/m2/...} in the copies) is rewritten to the test's temp dir, and values that
 * differ between runs (times, inode, device, owner ids, lsattr's generation) become placeholders.
 */
final class FileGolden {
    private static final Set<String> VOLATILE = Set.of("atime", "mtime", "ctime", "inode", "dev", "version",
            "uid", "gid", "owner", "group", "pw_name", "gr_name", "attr_flags", "attributes", "blocks", "block_size");

    private FileGolden() {
    }

    static void assertMatches(String ansibleJson, String goldenDir, Path tmp, Map<String, Object> actual) {
        try {
            Object expected = JsonParser.parse(ansibleJson.replace(goldenDir, tmp.toString()));
            assertEquals(render(normalise(expected)), render(normalise(actual)));
        } catch (JsonException e) {
            throw new AssertionError("bad golden JSON: " + e.getMessage(), e);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (key.equals("action") || key.equals("_ansible_no_log")) {
                    return;
                }
                if (key.equals("ansible_facts") && v instanceof Map<?, ?> facts && facts.size() == 1
                        && facts.containsKey("discovered_interpreter_python")) {
                    return;
                }
                copy.put(key, VOLATILE.contains(key) && v != null ? "<" + key + ">" : normalise(v));
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(normalise(v)));
            return copy;
        }
        return value;
    }

    private static String render(Object result) {
        return JsonWriter.python().sortKeys(true).indent(1).write(result);
    }
}
