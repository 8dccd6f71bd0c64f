package io.jplay.playbook.parse;

import io.jplay.playbook.SourceLocation;
import io.jplay.python.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A play's {@code vars_prompt} as Ansible's {@code Play._load_vars_prompt} takes it: one mapping or a
 * list of mappings (its {@code preprocess_vars}), each with a {@code name} and only the keys Ansible
 * knows. The entries stay as written; they are templated and answered when the play starts.
 */
final class VarsPrompts {
    static final Set<String> KEYS = Set.of("name", "prompt", "default", "private", "confirm", "encrypt",
            "salt_size", "salt", "unsafe");

    private VarsPrompts() {
    }

    static List<Map<String, Object>> parse(Object value, SourceLocation at) throws PlaybookException {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        for (Object item : items) {
            if (!(item instanceof Map<?, ?>)) {
                throw new PlaybookException("variable files must contain either a dictionary of variables, or a list"
                        + " of dictionaries. Got: " + PyRepr.str(value) + " (" + ansibleType(value) + ")",
                        SourceLocation.UNKNOWN, 1, false, null);
            }
        }
        List<Map<String, Object>> prompts = new ArrayList<>();
        for (Object item : items) {
            Map<?, ?> entry = (Map<?, ?>) item;
            if (!entry.containsKey("name")) {
                throw new PlaybookException("Invalid vars_prompt data structure, missing 'name' key", at);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : entry.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!KEYS.contains(key)) {
                    throw new PlaybookException("Invalid vars_prompt data structure, found unsupported key '"
                            + PyRepr.str(e.getKey()) + "'", at);
                }
                copy.put(key, e.getValue());
            }
            prompts.add(copy);
        }
        return prompts;
    }

    /** The class Python names for a YAML value Ansible loaded. */
    private static String ansibleType(Object value) {
        String name = value instanceof List<?> ? "ansible.parsing.yaml.objects.AnsibleSequence"
                : value instanceof CharSequence ? "ansible.parsing.yaml.objects.AnsibleUnicode"
                : PyRepr.typeName(value);
        return "<class '" + name + "'>";
    }
}
