package io.jplay.vars;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ansible's {@code merge_hash} (recursive, lists replaced) and the {@code +=} of custom stats. */
public final class MergeHash {
    private MergeHash() {
    }

    /** {@code b} merged over {@code a}: mappings in both are merged recursively, anything else from {@code b} wins. */
    public static Map<String, Object> merge(Map<?, ?> a, Map<?, ?> b) {
        Map<String, Object> out = new LinkedHashMap<>();
        a.forEach((k, v) -> out.put(String.valueOf(k), v));
        b.forEach((k, v) -> {
            String key = String.valueOf(k);
            Object old = out.get(key);
            out.put(key, old instanceof Map<?, ?> om && v instanceof Map<?, ?> nm ? merge(om, nm) : v);
        });
        return out;
    }

    /** Python's {@code old + more} for numbers, text and lists of the same type; {@code null} when the types differ. */
    public static Object add(Object old, Object more) {
        if (old instanceof Long x && more instanceof Long y) {
            return x + y;
        }
        if (old instanceof Double x && more instanceof Double y) {
            return x + y;
        }
        if (old instanceof String x && more instanceof String y) {
            return x + y;
        }
        if (old instanceof List<?> x && more instanceof List<?> y) {
            List<Object> out = new ArrayList<>(x);
            out.addAll(y);
            return out;
        }
        return null;
    }
}
