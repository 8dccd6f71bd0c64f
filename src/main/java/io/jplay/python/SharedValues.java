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
        Boolean small = walk(value, stop, test, null, new int[] {PLAIN_WALK_BUDGET});
        return small != null ? small : walk(value, stop, test, new IdentityHashMap<>(SMALL), null);
    }

    /**
     * The walk of {@link #anyLeaf}. Without {@code seen} (the common small value) it remembers no
     * container and gives up (null) once {@code budget} visits are spent, so shared or recursive
     * containers cost at most that; with {@code seen} it visits each distinct container once.
     */
    private static Boolean walk(Object v, Predicate<Object> stop, Predicate<Object> test, Map<Object, Boolean> seen,
            int[] budget) {
        if (seen == null && --budget[0] < 0) {
            return null;
        }
        if (stop.test(v)) {
            return false;
        }
        if (!(v instanceof List<?>) && !(v instanceof Map<?, ?>)) {
            return test.test(v);
        }
        if (seen != null && seen.put(v, Boolean.TRUE) != null) {
            return false;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                Boolean found = walk(o, stop, test, seen, budget);
                if (found == null || found) {
                    return found;
                }
            }
            return false;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            Boolean found = walk(e.getKey(), stop, test, seen, budget);
            if (found == null || found) {
                return found;
            }
            found = walk(e.getValue(), stop, test, seen, budget);
            if (found == null || found) {
                return found;
            }
        }
        return false;
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
