package io.jplay.template;

import io.jplay.python.PyInt;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Global functions: range, dict, lookup, query/q, now, undef, zip. */
final class Functions {
    private Functions() {
    }

    static void register(Library lib) {
        lib.function("range", Functions::range);
        lib.function("dict", c -> {
            Map<Object, Object> m = new LinkedHashMap<>();
            if (!c.args().isEmpty()) {
                Object a = c.args().get(0);
                if (a instanceof Map<?, ?> src) {
                    m.putAll(src);
                } else {
                    for (Object pair : Ops.iterate(a)) {
                        List<Object> kv = Ops.iterate(pair);
                        m.put(kv.get(0), kv.get(1));
                    }
                }
            }
            m.putAll(c.kwargs());
            return m;
        });
        lib.function("lookup", c -> {
            List<Object> r = runLookup(c);
            boolean wantlist = Ops.truthy(c.kwargs().getOrDefault("wantlist", false));
            if (r == null) {
                return wantlist ? new ArrayList<>() : null;
            }
            if (wantlist || !Boolean.FALSE.equals(allowUnsafe(c))) {
                return r; // Ansible joins the texts only under 'allow_unsafe is False'
            }
            if (r.isEmpty()) {
                return r;
            }
            if (r.stream().allMatch(o -> o instanceof String)) {
                return String.join(",", r.stream().map(o -> (String) o).toList());
            }
            return r.size() == 1 ? r.get(0) : r;
        });
        Library.Fn query = c -> {
            List<Object> r = runLookup(c);
            return r == null ? new ArrayList<>() : r;
        };
        lib.function("query", query);
        lib.function("q", query);
        lib.function("now", c -> {
            LocalDateTime t = c.bool(0, "utc", false) ? LocalDateTime.now(java.time.ZoneOffset.UTC) : LocalDateTime.now();
            String fmt = c.string(1, "fmt", null);
            PyDateTime d = new PyDateTime(t.withNano(0));
            return fmt == null ? d : PyDateTime.strftime(fmt, t.atZone(java.time.ZoneId.systemDefault()));
        });
        lib.function("undef", c -> new Undefined(c.string(0, "hint", "Mandatory variable has not been overridden")));
        // Python's zip, never a playbook's own zip filter
        lib.function("zip", c -> lib.filter("ansible.builtin.zip", new Call(c.args().get(0), c.args().subList(1, c.args().size()),
                c.kwargs(), c.scope())));
    }

    /** The lookup's list, or null when it failed and {@code errors} is {@code warn} or {@code ignore}. */
    /** Python's {@code range(stop)} / {@code range(start, stop[, step])} as a list, ints of any size. */
    private static List<Object> range(Call c) throws TemplateException {
        for (Object a : c.args()) {
            if (!Ops.isInt(a)) {
                throw new TemplateTypeError("'" + PythonRepr.typeName(a) + "' object cannot be interpreted as an integer");
            }
        }
        Number start = 0L;
        Number stop;
        Number step = 1L;
        if (c.args().size() == 1) {
            stop = Ops.intValue(c.args().get(0));
        } else {
            start = Ops.intValue(c.args().get(0));
            stop = Ops.intValue(c.args().get(1));
            if (c.args().size() > 2) {
                step = Ops.intValue(c.args().get(2));
            }
        }
        if (PyInt.signum(step) == 0) {
            throw TemplateException.valueError("range() arg 3 must not be zero");
        }
        List<Object> out = new ArrayList<>();
        boolean up = PyInt.signum(step) > 0;
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long d
                && (up ? b <= Long.MAX_VALUE - d : b >= Long.MIN_VALUE - d)) {
            for (long i = a; up ? i < b : i > b; i += d) {
                out.add(i);
            }
            return out;
        }
        for (Number i = start; up ? PyInt.compare(i, stop) < 0 : PyInt.compare(i, stop) > 0; i = PyInt.add(i, step)) {
            out.add(i);
        }
        return out;
    }

    /** A lookup call's {@code allow_unsafe}, else the DEFAULT_ALLOW_UNSAFE_LOOKUPS setting. */
    private static Object allowUnsafe(Call c) {
        return c.kwargs().containsKey("allow_unsafe") ? c.kwargs().get("allow_unsafe")
                : c.rt().templater.controller().setting("DEFAULT_ALLOW_UNSAFE_LOOKUPS").flatMap(v -> v)
                        .map(v -> v instanceof Boolean b ? b : io.jplay.python.PyBool.boolean_(v)).orElse(false);
    }

    private static List<Object> runLookup(Call c) throws TemplateException {
        if (c.args().isEmpty()) {
            throw new TemplateException("You must specify a lookup plugin name");
        }
        String name = PythonRepr.str(c.args().get(0));
        Map<String, Object> kw = new LinkedHashMap<>(c.kwargs());
        kw.remove("wantlist");
        Object errors = kw.remove("errors");
        kw.remove("allow_unsafe");
        Object allowUnsafe = allowUnsafe(c);
        try {
            List<Object> ran = c.rt().lib.lookup(name, new Call(null, c.args().subList(1, c.args().size()), kw, c.scope()));
            if (ran != null && !ran.isEmpty() && Boolean.FALSE.equals(allowUnsafe)) {
                c.rt().readUnsafe = true; // Ansible: 'allow_unsafe is False' makes the lookup's result unsafe
            }
            return ran;
        } catch (TemplateException e) {
            String cls = e instanceof LookupFailure f ? f.lookupClass() : e.pythonClass();
            if (e.isUndefined() || cls.equals(LookupFailure.OPTIONS_ERROR) || cls.equals(LookupFailure.NOT_FOUND)) {
                throw e;
            }
            boolean handled = cls.equals(LookupFailure.LOOKUP_ERROR);
            String msg = handled ? "Lookup failed but the error is being ignored: " + e.getMessage()
                    : "An unhandled exception occurred while running the lookup plugin '" + name + "'. Error was a <class '"
                    + cls + "'>, original message: " + e.pythonMessage();
            if ("warn".equals(errors)) {
                c.rt().warnings.accept(msg);
                return null;
            }
            if ("ignore".equals(errors)) {
                return null;
            }
            throw handled ? e : new TemplateException(msg + ". " + e.pythonMessage(), e);
        }
    }
}
