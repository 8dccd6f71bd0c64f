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
    /**
     * The expected number of containers in a walk: most values are a few small maps and lists; the
     * table grows beyond it (the default size allocates a 64-slot table for every walk).
     */
    private static final int SMALL = 4;
    /** Keys, values and items a walk visits before it starts remembering containers. */
    private static final int PLAIN_WALK_BUDGET = 256;

    private SharedValues() {
    }

    /** Whether {@code test} holds for {@code value} or any key or item in it, at any depth. */
    public static boolean anyLeaf(Object value, Predicate<Object> stop, Predicate<Object> test) {
        if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
            return !stop.test(value) && test.test(value); // a leaf: no walk, nothing to remember
        }
        int[] budget = {PLAIN_WALK_BUDGET};
        Boolean small = anyLeafPlain(value, stop, test, budget);
        return small != null ? small : anyLeaf(value, stop, test, new IdentityHashMap<>(SMALL));
    }

    /**
     * The walk without remembering containers, for the common small value: gives up (null) after
     * {@code budget} visits, so shared or recursive containers cost at most that before the
     * remembering walk takes over.
     */
    private static Boolean anyLeafPlain(Object v, Predicate<Object> stop, Predicate<Object> test, int[] budget) {
        if (--budget[0] < 0) {
            return null;
        }
        if (stop.test(v)) {
            return false;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                Boolean found = anyLeafPlain(o, stop, test, budget);
                if (found == null || found) {
                    return found;
                }
            }
            return false;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Boolean found = anyLeafPlain(e.getKey(), stop, test, budget);
                if (found == null || found) {
                    return found;
                }
                found = anyLeafPlain(e.getValue(), stop, test, budget);
                if (found == null || found) {
                    return found;
                }
            }
            return false;
        }
        return test.test(v);
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
        if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
            return leaf.apply(value);
        }
        return copy(value, leaf, new IdentityHashMap<>(SMALL));
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
