package io.jplay.executor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drops arguments that were templated to the {@code omit} placeholder, at any depth, as Ansible does. */
final class Omit {
    private Omit() {
    }

    static Map<String, Object> remove(Map<String, Object> args, String placeholder) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : args.entrySet()) {
            Object v = e.getValue();
            if (placeholder.equals(v)) {
                continue;
            }
            out.put(e.getKey(), clean(v, placeholder));
        }
        return out;
    }

    /** Nested dicts may have keys of any type ({@code {1: ...}} from a template). */
    private static Map<Object, Object> removeNested(Map<?, ?> map, String placeholder) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!placeholder.equals(e.getValue())) {
                out.put(e.getKey(), clean(e.getValue(), placeholder));
            }
        }
        return out;
    }

    private static Object clean(Object v, String placeholder) {
        if (v instanceof Map<?, ?> m) {
            return removeNested(m, placeholder);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                if (!placeholder.equals(o)) {
                    out.add(clean(o, placeholder));
                }
            }
            return out;
        }
        return v;
    }
}
