package io.jplay.template;

import io.jplay.yaml.Unsafe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lazy view over the caller's variables: a value holding Jinja delimiters is templated when it
 * is first read (memoised for this call), {@link Unsafe} values are unwrapped and never templated,
 * and self-reference is reported as Ansible does.
 */
final class LazyVars {
    private final Map<String, Object> raw;
    private final Runtime rt;
    private final Map<String, Object> memo = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    LazyVars(Map<String, Object> raw, Runtime rt) {
        this.raw = raw;
        this.rt = rt;
    }

    boolean has(String name) {
        return raw.containsKey(name) || name.equals("omit");
    }

    Map<String, Object> raw() {
        return raw;
    }

    Object get(String name) throws TemplateException {
        Object cached = memo.get(name);
        if (cached != null || memo.containsKey(name)) {
            return cached;
        }
        if (!raw.containsKey(name)) {
            if (name.equals("omit")) {
                return rt.templater.omitPlaceholder();
            }
            return Undefined.variable(name);
        }
        Object v = raw.get(name);
        if (!(v instanceof Unsafe) && needsWork(v)) {
            if (!resolving.add(name)) {
                throw new TemplateException("recursive loop detected in template string: " + PythonRepr.str(v));
            }
            try {
                v = rt.templater.templateDeep(v, rt);
            } finally {
                resolving.remove(name);
            }
        } else {
            v = unwrap(v);
        }
        memo.put(name, v);
        return v;
    }

    /** Whether a value holds a template string or an {@link Unsafe} wrapper anywhere. */
    static boolean needsWork(Object v) {
        if (v instanceof Resolved) {
            return false;
        }
        if (v instanceof String s) {
            return Templater.isTemplate(s);
        }
        if (v instanceof Unsafe || v instanceof io.jplay.yaml.VaultText) {
            return true;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (needsWork(o)) {
                    return true;
                }
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (needsWork(e.getKey()) || needsWork(e.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Strips {@link Unsafe} wrappers at any depth, copying only containers that held one. */
    static Object unwrap(Object v) {
        if (v instanceof Unsafe u) {
            return unwrap(u.value());
        }
        if (v instanceof List<?> l && hasUnsafe(l)) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(o -> out.add(unwrap(o)));
            return out;
        }
        if (v instanceof Map<?, ?> m && hasUnsafe(m)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(unwrap(k), unwrap(x)));
            return out;
        }
        return v;
    }

    private static boolean hasUnsafe(Object v) {
        if (v instanceof Resolved) {
            return false;
        }
        if (v instanceof Unsafe) {
            return true;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (hasUnsafe(o)) {
                    return true;
                }
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (hasUnsafe(e.getKey()) || hasUnsafe(e.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }
}
