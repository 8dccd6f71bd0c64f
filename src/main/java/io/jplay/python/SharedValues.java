package io.jplay.python;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Walks over variable values that may share containers: YAML aliases give the same list or map at
 * many places, and a file of nested aliases describes a value whose tree is exponentially larger
 * than the file. Every walk here visits each distinct container once, so its cost is linear in the
 * number of distinct containers, never in the size of the expanded tree.
 */
public final class SharedValues {
    private SharedValues() {
    }

    /** Whether {@code test} holds for {@code value} or any key or item in it, at any depth. */
    public static boolean anyLeaf(Object value, Predicate<Object> stop, Predicate<Object> test) {
        return anyLeaf(value, stop, test, new IdentityHashMap<>());
    }

    private static boolean anyLeaf(Object v, Predicate<Object> stop, Predicate<Object> test,
            Map<Object, Boolean> seen) {
        if (stop.test(v)) {
            return false;
        }
        if (v instanceof List<?> l) {
            if (seen.put(l, Boolean.TRUE) != null) {
                return false;
            }
            for (Object o : l) {
                if (anyLeaf(o, stop, test, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof Map<?, ?> m) {
            if (seen.put(m, Boolean.TRUE) != null) {
                return false;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (anyLeaf(e.getKey(), stop, test, seen) || anyLeaf(e.getValue(), stop, test, seen)) {
                    return true;
                }
            }
            return false;
        }
        return test.test(v);
    }

    /**
     * A copy of {@code value} with new {@code List}s and {@code LinkedHashMap}s for its containers and
     * {@code leaf} applied to everything else; a container shared by several places is copied once
     * and its copy shared the same way.
     */
    public static Object copy(Object value, java.util.function.UnaryOperator<Object> leaf) {
        return copy(value, leaf, new IdentityHashMap<>());
    }

    private static Object copy(Object v, java.util.function.UnaryOperator<Object> leaf, Map<Object, Object> done) {
        if (!(v instanceof List<?>) && !(v instanceof Map<?, ?>)) {
            return leaf.apply(v);
        }
        Object known = done.get(v);
        if (known != null) {
            return known;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>(l.size());
            done.put(v, out);
            l.forEach(o -> out.add(copy(o, leaf, done)));
            return out;
        }
        Map<Object, Object> out = new java.util.LinkedHashMap<>();
        done.put(v, out);
        ((Map<?, ?>) v).forEach((k, x) -> out.put(copy(k, leaf, done), copy(x, leaf, done)));
        return out;
    }
}
