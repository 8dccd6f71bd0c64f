package io.jplay.template;

import io.jplay.python.PyFloat;
import io.jplay.python.PyInt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jinja2's scalar filters and the ones that take a filter/test name ({@code map}, {@code select}). */
final class CoreFilters {
    private CoreFilters() {
    }

    static void register(Library lib) {
        Library.Fn dflt = c -> {
            Object v = c.value();
            Object fallback = c.arg(0, "default_value", "");
            if (v instanceof Undefined || (c.bool(1, "boolean", false) && !Ops.truthy(v))) {
                return fallback;
            }
            return v;
        };
        lib.filter("default", dflt);
        lib.filter("d", dflt);
        lib.filter("mandatory", c -> {
            if (c.value() instanceof Undefined u) {
                Object msg = c.arg(0, "msg", null);
                if (msg != null) {
                    throw new TemplateException(PythonRepr.str(msg));
                }
                String name = u.message().startsWith("'") && u.message().endsWith("' is undefined")
                        ? u.message().substring(0, u.message().length() - " is undefined".length()) : "";
                throw TemplateException.ansibleError("ansible.errors.AnsibleFilterError",
                        "Mandatory variable " + name + "  not defined.");
            }
            return c.value();
        });
        lib.filter("bool", c -> io.jplay.python.PyBool.boolFilter(c.value()));
        lib.filter("int", CoreFilters::toInt);
        lib.filter("float", c -> {
            Object v = c.value();
            if (Ops.isNumber(v)) {
                return Ops.toDouble(v);
            }
            try {
                return PyFloat.parse(PythonRepr.str(v));
            } catch (NumberFormatException e) {
                return c.arg(0, "default", 0.0); // Jinja2 returns the default as it is given
            }
        });
        lib.filter("string", c -> PythonRepr.str(c.value()));
        lib.filter("abs", c -> {
            if (!Ops.isNumber(c.value())) {
                throw new TemplateTypeError("bad operand type for abs(): '" + PythonRepr.typeName(c.value()) + "'");
            }
            return Ops.isInt(c.value()) ? (Object) PyInt.abs(Ops.intValue(c.value())) : (Object) Math.abs(Ops.toDouble(c.value()));
        });
        lib.filter("round", c -> {
            if (!Ops.isNumber(c.value())) {
                throw new TemplateTypeError("type " + PythonRepr.typeName(c.value()) + " doesn't define __round__ method");
            }
            long p = c.integer(0, "precision", 0);
            String method = c.string(1, "method", "common");
            if (!java.util.Set.of("common", "ceil", "floor").contains(method)) {
                throw new TemplateException("method must be common, ceil or floor");
            }
            if (method.equals("common") && Ops.isInt(c.value())) {
                // Python's round(int, n) stays an int, rounded half to even at 10**-n
                java.math.BigDecimal exact = new java.math.BigDecimal(PyInt.big(Ops.intValue(c.value())));
                return PyInt.of(exact.setScale((int) Math.min(0, p), java.math.RoundingMode.HALF_EVEN)
                        .toBigIntegerExact());
            }
            double v = Ops.toDouble(c.value());
            double f = Math.pow(10, p);
            double r = switch (method) {
                case "ceil" -> Math.ceil(v * f) / f;
                case "floor" -> Math.floor(v * f) / f;
                default -> new java.math.BigDecimal(v).setScale((int) p, java.math.RoundingMode.HALF_EVEN).doubleValue();
            };
            return r;
        });
        lib.filter("attr", CoreFilters::attr);
        lib.filter("map", CoreFilters::map);
        lib.filter("select", c -> select(c, true, false));
        lib.filter("reject", c -> select(c, false, false));
        lib.filter("selectattr", c -> select(c, true, true));
        lib.filter("rejectattr", c -> select(c, false, true));
    }

    /** Jinja2's {@code int}: Python's {@code int(text, base)}, else {@code int(float(value))}, else the default. */
    static Object toInt(Call c) throws TemplateException {
        Object v = c.value();
        Object dflt = c.arg(0, "default", 0L);
        long base = c.integer(1, "base", 10);
        if (Ops.isInt(v)) {
            return Ops.intValue(v);
        }
        if (v instanceof String s) {
            try {
                return PyInt.parse(s, (int) base);
            } catch (NumberFormatException e) {
                // Jinja2 then tries int(float(value))
            }
        }
        try {
            double d = v instanceof Double x ? x : PyFloat.parse(PythonRepr.str(v));
            // int(nan) is a ValueError (the default); int(inf) an OverflowError Jinja2 lets through
            return Double.isNaN(d) ? dflt : (Object) PyInt.fromDouble(d);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** Jinja2's {@code attr}: Python's {@code getattr}, so a dict's keys are not attributes. */
    private static Object attr(Call c) throws TemplateException {
        Object name = c.arg(0, "name", null);
        if (!(name instanceof String n)) {
            throw new TemplateTypeError("attribute name must be string, not '" + PythonRepr.typeName(name) + "'");
        }
        Object v = c.value();
        if (v instanceof Map && !PyMethods.has(v, n)) {
            return Undefined.attribute(v, n);
        }
        return Evaluator.getattr(v, n);
    }

    private static Object map(Call c) throws TemplateException {
        List<Object> items = Ops.iterate(c.value());
        List<Object> out = new ArrayList<>(items.size());
        if (c.kwargs().containsKey("attribute")) {
            String attr = PythonRepr.str(c.kwargs().get("attribute"));
            Object dflt = c.kwargs().get("default");
            for (Object item : items) {
                Object v = Sorting.key(item, attr, true);
                if (v instanceof Undefined u) {
                    if (c.kwargs().containsKey("default")) {
                        v = dflt;
                    }
                }
                out.add(v);
            }
            return out;
        }
        String filter = c.string(0, null, null);
        List<Object> rest = c.args().size() > 1 ? c.args().subList(1, c.args().size()) : List.of();
        try {
            for (Object item : items) {
                out.add(c.rt().lib.filter(filter, new Call(item, rest, c.kwargs(), c.scope())));
            }
        } catch (TemplateSyntaxError e) {
            throw e.raisedAtRuntime();
        }
        return out;
    }

    private static Object select(Call c, boolean keep, boolean byAttr) throws TemplateException {
        List<Object> out = new ArrayList<>();
        int first = byAttr ? 1 : 0;
        String attr = byAttr ? c.string(0, null, null) : null;
        String test = c.args().size() > first ? c.string(first, null, null) : null;
        List<Object> rest = c.args().size() > first + 1 ? c.args().subList(first + 1, c.args().size()) : List.of();
        try {
            for (Object item : Ops.iterate(c.value())) {
                Object v = byAttr ? Sorting.key(item, attr, true) : item;
                boolean ok = test == null ? Ops.truthy(v) : c.rt().lib.test(test, new Call(v, rest, Map.of(), c.scope()));
                if (ok == keep) {
                    out.add(item);
                }
            }
        } catch (TemplateSyntaxError e) {
            throw e.raisedAtRuntime();
        }
        return out;
    }

    static Map<Object, Object> mapOf(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
