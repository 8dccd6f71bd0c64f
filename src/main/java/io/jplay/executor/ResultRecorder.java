package io.jplay.executor;

import io.jplay.playbook.Task;
import io.jplay.result.Truth;
import io.jplay.vars.VariableManager;
import io.jplay.yaml.Unsafe;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished task leaves behind on its host, as Ansible's strategy records it: {@code set_fact}
 * values, {@code include_vars} values and gathered facts each at their own precedence level, and
 * the {@code register}ed result without internal keys.
 */
final class ResultRecorder {
    private final VariableManager variables;

    ResultRecorder(VariableManager variables) {
        this.variables = variables;
    }

    /** Stores what a task leaves on its host: facts by kind, and the registered value. */
    void record(Task task, String host, Map<String, Object> result, boolean loop) {
        var state = variables.state(host);
        List<Map<String, Object>> sources = new ArrayList<>();
        sources.add(result);
        if (loop && result.get("results") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> mm = (Map<String, Object>) m;
                    sources.add(mm);
                }
            }
        }
        for (Map<String, Object> source : sources) {
            if (source.get("ansible_facts") instanceof Map<?, ?> facts && !facts.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> f = (Map<String, Object>) facts;
                switch (task.module()) {
                    case "set_fact" -> {
                        state.setFacts(markedUnsafe(f, source.get(io.jplay.module.builtin.SetFactModule.UNSAFE_FACTS)));
                        if (Truth.isTrue(source.get("_ansible_facts_cacheable"))) {
                            state.addFacts(unsafeValues(f));
                        }
                    }
                    case "include_vars" -> state.includeVars(f);
                    case "debug" -> {
                    }
                    default -> state.addFacts(unsafeValues(f));
                }
            }
        }
        if (task.register() != null) {
            state.setFact(task.register(), new Unsafe(Collections.unmodifiableMap(registered(result, loop))));
        }
    }

    /**
     * What {@code register} stores: the result without internal {@code _ansible_*} keys at any depth
     * (Ansible's {@code strip_internal_keys}), and without a top-level invocation.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> registered(Map<String, Object> result, boolean loop) {
        Map<String, Object> copy = (Map<String, Object>) withoutInternalKeys(result);
        if (!loop) {
            copy.remove("invocation");
        }
        return copy;
    }

    private static Object withoutInternalKeys(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k && k.startsWith("_ansible_"))) {
                    copy.put(e.getKey(), withoutInternalKeys(e.getValue()));
                }
            }
            return copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(withoutInternalKeys(o));
            }
            return copy;
        }
        return value;
    }

    /** The facts with those {@code names} lists wrapped as {@link Unsafe}. */
    private static Map<String, Object> markedUnsafe(Map<String, Object> facts, Object names) {
        if (!(names instanceof List<?> l) || l.isEmpty()) {
            return facts;
        }
        Map<String, Object> m = new LinkedHashMap<>(facts);
        l.forEach(n -> m.computeIfPresent(String.valueOf(n), (k, v) -> new Unsafe(v)));
        return m;
    }

    private static Map<String, Object> unsafeValues(Map<String, Object> facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        facts.forEach((k, v) -> m.put(k, new Unsafe(v)));
        return m;
    }
}
