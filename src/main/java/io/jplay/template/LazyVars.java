package io.jplay.template;

import io.jplay.python.SharedValues;
import io.jplay.yaml.Unsafe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    private Set<String> resolving; // made on first use: most calls template nothing lazily
    /** The memoised names whose value is or holds an unsafe value (reading one again marks the call again). */
    private Set<String> unsafeNames; // made on first use

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
            if (unsafeNames != null && unsafeNames.contains(name)) {
                rt.readUnsafe = true;
            }
            return cached;
        }
        if (!raw.containsKey(name)) {
            if (name.equals("omit")) {
                return rt.templater.omitPlaceholder();
            }
            return Undefined.variable(name);
        }
        Object v = raw.get(name);
        boolean work = !(v instanceof Unsafe) && needsWork(v);
        if (v instanceof Unsafe || work && isOrHoldsUnsafe(v)) {
            // Ansible's context: a template that reads an unsafe value gives an unsafe result
            markUnsafe(name);
            rt.readUnsafe = true;
        }
        if (work) {
            if (resolving == null) {
                resolving = new HashSet<>();
            }
            if (!resolving.add(name)) {
                throw new RecursionDetected("recursive loop detected in template string: " + PythonRepr.str(v));
            }
            boolean before = rt.readUnsafe;
            rt.readUnsafe = false;
            try {
                v = rt.templater.templateDeep(v, rt);
            } catch (TemplateException e) {
                if (e instanceof VaultValueException || e instanceof RecursionDetected) {
                    // Ansible decrypts when the value is used, outside the lazy view: its own message; a
                    // recursion Ansible wraps once per Python stack frame until its recursion limit, which
                    // jplay does not imitate: the loop's own message
                    throw e;
                }
                if (!e.isUndefined()) {
                    throw unhandled(v, e);
                }
                // Ansible's lazy view hands back an undefined carrying the failure, raised where it is used
                v = Undefined.templatingFailed(name, v, e.getMessage() + ". " + e.getMessage());
            } finally {
                resolving.remove(name);
                if (rt.readUnsafe) {
                    markUnsafe(name); // its value read one: reading it again marks the call again
                }
                rt.readUnsafe |= before;
            }
        } else {
            // without work there is no Unsafe inside (needsWork looks for them too): nothing to unwrap
            v = v instanceof Unsafe ? rt.templater.decryptInside(unwrap(v)) : v;
        }
        memo.put(name, v);
        return v;
    }

    /** A variable's template that reads the variable itself, through any number of others. */
    private static final class RecursionDetected extends TemplateException {
        private static final long serialVersionUID = 1L;

        RecursionDetected(String message) {
            super(message);
        }
    }

    /**
     * Ansible's lazy variable view turns any other error of a variable's template into an AnsibleError
     * naming the value, the Python class of the error and its message.
     */
    private static TemplateException unhandled(Object raw, TemplateException e) {
        String type = e.pythonClass();
        String message = e.pythonMessage();
        if (type.equals("TemplateSyntaxError")) {
            // its message attribute, which Ansible prefers, has no "line N" (its str has)
            type = "jinja2.exceptions.TemplateSyntaxError";
            message = message.replaceFirst("\n  line \\d+$", "");
        }
        return new TemplateException("An unhandled exception occurred while templating '" + PythonRepr.str(raw)
                + "'. Error was a <class '" + type + "'>, original message: " + message, e);
    }

    /** Whether a value is {@link Unsafe} or holds one anywhere (Ansible's {@code AnsibleContext._is_unsafe}). */
    static boolean isOrHoldsUnsafe(Object v) {
        return v instanceof Unsafe || (v instanceof List<?> || v instanceof Map<?, ?>)
                && SharedValues.anyLeaf(v, x -> x instanceof Resolved, x -> x instanceof Unsafe);
    }

    /** Whether a value holds a template string or an {@link Unsafe} wrapper anywhere. */
    private void markUnsafe(String name) {
        if (unsafeNames == null) {
            unsafeNames = new HashSet<>();
        }
        unsafeNames.add(name);
    }

    static boolean needsWork(Object v) {
        return SharedValues.anyLeaf(v, x -> x instanceof Resolved,
                x -> x instanceof Unsafe || x instanceof io.jplay.yaml.VaultText || x instanceof String s && Templater.isTemplate(s));
    }

    /**
     * Strips {@link Unsafe} wrappers at any depth, copying only containers that held one; a container
     * shared by several places is copied once and the copy shared the same way.
     */
    static Object unwrap(Object v) {
        Object inner = v instanceof Unsafe u ? u.value() : v;
        if (inner instanceof Resolved || !(inner instanceof List<?>) && !(inner instanceof Map<?, ?>)) {
            return inner instanceof Unsafe ? unwrap(inner) : inner; // a leaf: nothing to remember
        }
        return unwrap(v, new IdentityHashMap<>(4));
    }

    private static Object unwrap(Object v, Map<Object, Object> done) {
        if (v instanceof Unsafe u) {
            return unwrap(u.value(), done);
        }
        if (v instanceof Resolved || !(v instanceof List<?>) && !(v instanceof Map<?, ?>)) {
            return v;
        }
        Object known = done.get(v);
        if (known != null) {
            return known;
        }
        done.put(v, v); // a container reached again while being unwrapped stays as it is
        Object result = v instanceof List<?> l ? unwrapList(l, done) : unwrapMap((Map<?, ?>) v, done);
        done.put(v, result);
        return result;
    }

    /** {@code l} itself when no item changed; a copy is made from the first item that did. */
    private static Object unwrapList(List<?> l, Map<Object, Object> done) {
        List<Object> out = null;
        int i = 0;
        for (Object o : l) {
            Object u = unwrap(o, done);
            if (out == null && u != o) {
                out = new ArrayList<>(l.size());
                out.addAll(l.subList(0, i));
            }
            if (out != null) {
                out.add(u);
            }
            i++;
        }
        return out == null ? l : out;
    }

    /** {@code m} itself when no key or value changed; a copy is made from the first entry that did. */
    private static Object unwrapMap(Map<?, ?> m, Map<Object, Object> done) {
        Map<Object, Object> out = null;
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object k = unwrap(e.getKey(), done);
            Object x = unwrap(e.getValue(), done);
            if (out == null && (k != e.getKey() || x != e.getValue())) {
                out = new LinkedHashMap<>();
                int copied = 0;
                for (Map.Entry<?, ?> before : m.entrySet()) {
                    if (copied++ == i) {
                        break;
                    }
                    out.put(before.getKey(), before.getValue());
                }
            }
            if (out != null) {
                out.put(k, x);
            }
            i++;
        }
        return out == null ? m : out;
    }
}
