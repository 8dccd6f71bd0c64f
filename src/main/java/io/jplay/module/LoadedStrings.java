package io.jplay.module;

import io.jplay.python.PyRepr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strings of a templated value that are still the ones Ansible's YAML loader made, whose Python type an action
 * running on the controller names {@code AnsibleUnicode} in its messages: where the value as written holds the same
 * string with nothing to template in it (templating hands such a string back unchanged), or is just
 * {@code {{ name }}} of a variable holding such a string (a template of one expression is that expression's value,
 * the variable's own string). Anything else a template renders is a plain {@code str}. Filled for one task, then
 * read.
 */
public final class LoadedStrings {
    private static final String ANSIBLE_UNICODE = "<class 'ansible.parsing.yaml.objects.AnsibleUnicode'>";

    private static final Pattern ONE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    private static final int MAX_INDIRECTION = 20;

    private final Set<Object> strings = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Object> vars;

    /** Strings followed through {@code vars} (the task's variables, as written) where a template names one. */
    public LoadedStrings(Map<String, Object> vars) {
        this.vars = vars == null ? Map.of() : vars;
    }

    /** Notes the loaded strings of {@code value}, templated from {@code raw}, at any depth. */
    public void add(Object raw, Object value) {
        if (raw instanceof String r && value instanceof String v) {
            if (loaded(r, v, 0)) {
                strings.add(v);
            }
        } else if (raw instanceof Map<?, ?> rm && value instanceof Map<?, ?> vm) {
            vm.forEach((k, v) -> add(rm.get(k), v));
        } else if (raw instanceof List<?> rl && value instanceof List<?> vl && rl.size() == vl.size()) {
            for (int i = 0; i < vl.size(); i++) {
                add(rl.get(i), vl.get(i));
            }
        }
    }

    private boolean loaded(String raw, String value, int depth) {
        if (!raw.contains("{{") && !raw.contains("{%") && !raw.contains("{#")) {
            return raw.equals(value);
        }
        Matcher m = ONE_VARIABLE.matcher(raw.strip());
        return depth < MAX_INDIRECTION && m.matches() && vars.get(m.group(1)) instanceof String next
                && loaded(next, value, depth + 1);
    }

    /** Python's {@code type(value)} as printed, {@code AnsibleUnicode} for a loaded string. */
    public String typeName(Object value) {
        return strings.contains(value) ? ANSIBLE_UNICODE : PyRepr.typeName(value);
    }
}
