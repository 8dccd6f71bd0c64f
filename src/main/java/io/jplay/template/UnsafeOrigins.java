package io.jplay.template;

import io.jplay.yaml.Unsafe;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which strings handed to a Python plugin came out of an {@link Unsafe} variable (a registered
 * result, facts, a lookup's items, {@code !unsafe} data), so that the plugin receives them as
 * {@code AnsibleUnsafeText} as under Ansible. jplay's expressions drop the mark when they read a
 * variable; the strings themselves are the same objects, so the variables are searched by identity,
 * only when a plugin is called and only for the strings it is given. A string an expression made
 * ({@code ~}, {@code upper}) is a new object and goes as plain {@code str}.
 */
public final class UnsafeOrigins {
    private final Set<Object> unsafe = Collections.newSetFromMap(new IdentityHashMap<>());

    private UnsafeOrigins() {
    }

    /** The strings among {@code wanted} that sit inside an {@link Unsafe} value of {@code vars}. */
    static UnsafeOrigins find(Map<String, Object> vars, List<String> wanted) {
        return find(vars, wanted, new Leaves());
    }

    /** As {@link #find(Map, List)}, the strings of each unsafe value collected once in {@code leaves}. */
    static UnsafeOrigins find(Map<String, Object> vars, List<String> wanted, Leaves leaves) {
        UnsafeOrigins out = new UnsafeOrigins();
        if (wanted.isEmpty()) {
            return out;
        }
        for (Object v : vars.values()) {
            if (v instanceof Unsafe u) {
                Set<Object> inside = leaves.of(u);
                for (String s : wanted) {
                    if (inside.contains(s)) {
                        out.unsafe.add(s);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The strings inside unsafe values, by identity, per value (registered results and facts are
     * read by many calls); a bounded cache, safe for the hosts' threads.
     */
    static final class Leaves {
        private static final int KEPT = 256;
        private final Map<Unsafe, Set<Object>> byValue = new IdentityHashMap<>();

        synchronized Set<Object> of(Unsafe u) {
            Set<Object> known = byValue.get(u);
            if (known == null) {
                if (byValue.size() >= KEPT) {
                    byValue.clear();
                }
                known = collect(u.value());
                byValue.put(u, known);
            }
            return known;
        }

        private static Set<Object> collect(Object value) {
            Set<Object> strings = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Object> todo = new ArrayDeque<>();
            todo.add(value);
            while (!todo.isEmpty()) {
                Object v = todo.poll();
                if (v instanceof Unsafe u) {
                    todo.add(u.value());
                } else if (v instanceof String) {
                    strings.add(v);
                } else if (v instanceof Map<?, ?> m && seen.add(m)) {
                    m.forEach((k, x) -> {
                        addPresent(todo, k);
                        addPresent(todo, x);
                    });
                } else if (v instanceof List<?> l && seen.add(l)) {
                    l.forEach(x -> addPresent(todo, x));
                }
            }
            return strings;
        }

        /** A deque holds no nulls, and a null (Python's None) holds no string. */
        private static void addPresent(Deque<Object> todo, Object v) {
            if (v != null) {
                todo.add(v);
            }
        }
    }

    /**
     * Whether this very string object sits inside an {@link Unsafe} value of {@code vars}: a string a
     * task argument took from such a variable is still Ansible's {@code AnsibleUnsafeText} there.
     */
    public static boolean fromUnsafe(Map<String, Object> vars, String s) {
        return find(vars, List.of(s)).contains(s);
    }

    /** Whether this very string object came from an unsafe variable. */
    boolean contains(Object s) {
        return unsafe.contains(s);
    }

    /** The strings (by identity) in an argument, at any depth. */
    static void strings(Object v, List<String> out) {
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                strings(k, out);
                strings(x, out);
            });
        } else if (v instanceof List<?> l) {
            l.forEach(x -> strings(x, out));
        }
    }
}
