package io.jplay.executor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops arguments that were templated to the {@code omit} placeholder, at any depth, as Ansible does.
 * A container shared by several places (YAML aliases) is cleaned once and the result shared.
 */
final class Omit {
    private Omit() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> remove(Map<String, Object> args, String placeholder) {
        Map<?, ?> out = removeIn(args, placeholder, new IdentityHashMap<>());
        return (Map<String, Object>) out;
    }

    private static Map<Object, Object> removeIn(Map<?, ?> args, String placeholder, Map<Object, Object> done) {
        Map<Object, Object> out = new LinkedHashMap<>();
        done.put(args, out);
        for (Map.Entry<?, ?> e : args.entrySet()) {
            Object v = e.getValue();
            if (isOmit(v, placeholder)) {
                continue;
            }
            out.put(e.getKey(), clean(v, placeholder, done));
        }
        return out;
    }

    /** The placeholder, also as an unsafe result ({@code set_fact}'s values may be marked unsafe). */
    private static boolean isOmit(Object v, String placeholder) {
        return placeholder.equals(v instanceof io.jplay.yaml.Unsafe u ? u.value() : v);
    }

    private static Object clean(Object v, String placeholder, Map<Object, Object> done) {
        if (v instanceof io.jplay.yaml.Unsafe u) {
            Object inner = clean(u.value(), placeholder, done);
            return inner == u.value() ? v : new io.jplay.yaml.Unsafe(inner);
        }
        if (!(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
            return v;
        }
        Object known = done.get(v);
        if (known != null) {
            return known;
        }
        if (v instanceof Map<?, ?> m) {
            return removeIn(m, placeholder, done);
        }
        List<Object> out = new ArrayList<>();
        done.put(v, out);
        for (Object o : (List<?>) v) {
            if (!isOmit(o, placeholder)) {
                out.add(clean(o, placeholder, done));
            }
        }
        return out;
    }
}
