package io.jplay.module.builtin;

import io.jplay.module.ArgType;
import io.jplay.python.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An argument spec written as data (a role's {@code meta/argument_specs.yml} options), checked in the order and with
 * the messages of ansible-core's {@code ArgumentSpecValidator}: aliases, unsupported names, mutually exclusive groups,
 * defaults, required options, types (list elements included), choices, {@code required_together},
 * {@code required_one_of}, {@code required_if}, {@code required_by}, then the {@code options} of dict and
 * list-of-dict options, recursively, each of their messages naming where it was found. Every error is kept; names
 * that are not in the spec are reported last.
 *
 * <p>One validator serves one validation; {@code typeName} names a value's Python type in messages (the caller
 * knows which strings Ansible's YAML loader made, whose type is {@code AnsibleUnicode}).
 */
final class SpecDataValidator {
    private static final Object NONE_CALLABLE = new Object();

    private final Function<Object, String> typeName;
    private final List<String> errors = new ArrayList<>();
    /** Unsupported names with their context, each with the names and aliases supported where it was found. */
    private final Map<List<String>, List<TreeSet<String>>> unsupported = new LinkedHashMap<>();

    SpecDataValidator(Function<Object, String> typeName) {
        this.typeName = typeName;
    }

    /** Validates {@code params} (changed in place: aliases, defaults, conversions) and returns every error. */
    List<String> validate(Map<?, ?> spec, Map<String, Object> params) {
        List<String> context = List.of();
        Map<String, String> aliases = aliases(spec, params, context);
        noLogWalk(spec, params);
        collectUnsupported(spec, params, aliases, context);
        checkLevel(spec, params, Map.of(), context);
        validateSubSpecs(spec, params, new ArrayList<>());
        reportUnsupported();
        return List.copyOf(errors);
    }

    /** The checks one level runs once its aliases and unsupported names are known. */
    private void checkLevel(Map<?, ?> spec, Map<String, Object> params, Map<?, ?> rules, List<String> context) {
        guard(() -> mutuallyExclusive(rules.get("mutually_exclusive"), params, context));
        setDefaults(spec, params, false);
        guard(() -> required(spec, params, context));
        types(spec, params, context);
        choices(spec, params, context);
        guard(() -> requiredTogether(rules.get("required_together"), params, context));
        guard(() -> requiredOneOf(rules.get("required_one_of"), params, context));
        guard(() -> requiredIf(rules.get("required_if"), params, context));
        guard(() -> requiredBy(rules.get("required_by"), params, context));
        setDefaults(spec, params, true);
    }

    /** A check that stops at its first failure, as Ansible's raise a TypeError. */
    private interface Check {
        void run() throws Failure;
    }

    private static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private void guard(Check check) {
        try {
            check.run();
        } catch (Failure f) {
            errors.add(f.getMessage());
        }
    }

    private static String in(String msg, List<String> context) {
        return context.isEmpty() ? msg : msg + " found in " + String.join(" -> ", context);
    }

    private static Map<?, ?> attrs(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    private Map<String, String> aliases(Map<?, ?> spec, Map<String, Object> params, List<String> context) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            String name = String.valueOf(e.getKey());
            Map<?, ?> a = attrs(e.getValue());
            if (a.get("default") != null && Boolean.TRUE.equals(a.get("required"))) {
                errors.add("internal error: required and default are mutually exclusive for " + name);
                return result;
            }
            Object list = a.get("aliases");
            if (list == null) {
                continue;
            }
            if (!(list instanceof List<?> names)) {
                errors.add("internal error: aliases must be a list or tuple");
                return result;
            }
            for (Object alias : names) {
                String an = String.valueOf(alias);
                result.put(an, name);
                if (params.containsKey(an)) {
                    params.put(name, params.get(an));
                }
            }
        }
        return result;
    }

    /**
     * Ansible lists no_log values before anything else and, on the way, reads every string element of a dict or
     * list-of-dicts option as a dict: the first that is not one is an error of its own.
     */
    private void noLogWalk(Map<?, ?> spec, Map<String, Object> params) {
        try {
            noLogValues(spec, params);
        } catch (Failure f) {
            errors.add(f.getMessage());
        }
    }

    private static void noLogValues(Map<?, ?> spec, Map<?, ?> params) throws Failure {
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            Map<?, ?> a = attrs(e.getValue());
            Object type = a.get("type");
            Object value = params.get(e.getKey());
            if (!(a.get("options") instanceof Map<?, ?> sub) || value == null
                    || !("dict".equals(type) || "list".equals(type) && "dict".equals(a.get("elements")))) {
                continue;
            }
            List<?> items = value instanceof List<?> l ? l : List.of(value);
            for (Object item : items) {
                Object element = item;
                if (element instanceof CharSequence s) {
                    try {
                        element = ArgType.DICT.convert(s.toString());
                    } catch (IllegalArgumentException ex) {
                        throw new Failure(ex.getMessage());
                    }
                }
                if (!(element instanceof Map<?, ?> m)) {
                    throw new Failure("Value '" + PyRepr.str(element) + "' in the sub parameter field '" + e.getKey()
                            + "' must by a " + type + ", not '" + PyRepr.typeName(element).replaceAll("^<class '(.*)'>$", "$1") + "'");
                }
                noLogValues(sub, m);
            }
        }
    }

    private void collectUnsupported(Map<?, ?> spec, Map<String, Object> params, Map<String, String> aliases,
            List<String> context) {
        for (String key : params.keySet()) {
            if (spec.containsKey(key) || aliases.containsKey(key)) {
                continue;
            }
            List<String> where = new ArrayList<>(context);
            where.add(key);
            TreeSet<String> names = new TreeSet<>();
            spec.keySet().forEach(k -> names.add(String.valueOf(k)));
            unsupported.put(where, List.of(names, new TreeSet<>(aliases.keySet())));
        }
    }

    private void reportUnsupported() {
        if (unsupported.isEmpty()) {
            return;
        }
        TreeSet<String> flat = new TreeSet<>();
        unsupported.keySet().forEach(path -> flat.add(String.join(".", path)));
        // Ansible lists what is supported where the last unsupported name was found
        List<TreeSet<String>> last = null;
        for (List<TreeSet<String>> v : unsupported.values()) {
            last = v;
        }
        String supported = String.join(", ", last.get(0));
        if (!last.get(1).isEmpty()) {
            supported += " (" + String.join(", ", last.get(1)) + ")";
        }
        errors.add(String.join(", ", flat) + ". Supported parameters include: " + supported + ".");
    }

    private static int count(Object terms, Map<String, Object> params) {
        Set<String> names = new LinkedHashSet<>();
        if (terms instanceof List<?> l) {
            l.forEach(t -> names.add(String.valueOf(t)));
        } else {
            names.add(String.valueOf(terms));
        }
        names.retainAll(params.keySet());
        return names.size();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String joined(Object terms, String sep) {
        return terms instanceof List<?> l ? String.join(sep, l.stream().map(String::valueOf).toList()) : String.valueOf(terms);
    }

    private static void mutuallyExclusive(Object rules, Map<String, Object> params, List<String> context) throws Failure {
        List<String> hits = new ArrayList<>();
        for (Object group : list(rules)) {
            if (count(group, params) > 1) {
                hits.add(joined(group, "|"));
            }
        }
        if (!hits.isEmpty()) {
            throw new Failure(in("parameters are mutually exclusive: " + String.join(", ", hits), context));
        }
    }

    private static void setDefaults(Map<?, ?> spec, Map<String, Object> params, boolean evenNone) {
        spec.forEach((name, value) -> {
            Object dflt = attrs(value).get("default");
            String key = String.valueOf(name);
            if (!params.containsKey(key) && (dflt != null || evenNone)) {
                params.put(key, dflt);
            }
        });
    }

    private static void required(Map<?, ?> spec, Map<String, Object> params, List<String> context) throws Failure {
        TreeSet<String> missing = new TreeSet<>();
        spec.forEach((name, value) -> {
            if (Boolean.TRUE.equals(attrs(value).get("required")) && !params.containsKey(String.valueOf(name))) {
                missing.add(String.valueOf(name));
            }
        });
        if (!missing.isEmpty()) {
            throw new Failure(in("missing required arguments: " + String.join(", ", missing), context));
        }
    }

    private static void requiredTogether(Object rules, Map<String, Object> params, List<String> context) throws Failure {
        for (Object group : list(rules)) {
            List<?> terms = list(group);
            long present = terms.stream().filter(t -> count(t, params) > 0).count();
            if (present > 0 && present < terms.size()) {
                throw new Failure(in("parameters are required together: " + joined(group, ", "), context));
            }
        }
    }

    private static void requiredOneOf(Object rules, Map<String, Object> params, List<String> context) throws Failure {
        for (Object group : list(rules)) {
            if (count(group, params) == 0) {
                throw new Failure(in("one of the following is required: " + joined(group, ", "), context));
            }
        }
    }

    private static void requiredIf(Object rules, Map<String, Object> params, List<String> context) throws Failure {
        for (Object rule : list(rules)) {
            List<?> r = list(rule);
            if (r.size() < 3) {
                continue;
            }
            String key = String.valueOf(r.get(0));
            boolean anyOf = r.size() == 4 && truthy(r.get(3));
            List<?> needed = list(r.get(2));
            List<String> missing = new ArrayList<>();
            if (params.containsKey(key) && pyEquals(params.get(key), r.get(1))) {
                needed.stream().filter(t -> count(t, params) == 0).forEach(t -> missing.add(String.valueOf(t)));
            }
            if (!missing.isEmpty() && missing.size() >= (anyOf ? needed.size() : 0)) {
                throw new Failure(in(key + " is " + PyRepr.str(r.get(1)) + " but " + (anyOf ? "any" : "all")
                        + " of the following are missing: " + String.join(", ", missing), context));
            }
        }
    }

    private static void requiredBy(Object rules, Map<String, Object> params, List<String> context) throws Failure {
        if (!(rules instanceof Map<?, ?> by)) {
            return;
        }
        for (Map.Entry<?, ?> e : by.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (params.get(key) == null) {
                continue;
            }
            List<?> needed = e.getValue() instanceof CharSequence ? List.of(e.getValue()) : list(e.getValue());
            List<String> missing = needed.stream().map(String::valueOf).filter(n -> params.get(n) == null).toList();
            if (!missing.isEmpty()) {
                throw new Failure(in("missing parameter(s) required by '" + key + "': " + String.join(", ", missing), context));
            }
        }
    }

    private void types(Map<?, ?> spec, Map<String, Object> params, List<String> context) {
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            String name = String.valueOf(e.getKey());
            Object value = params.get(name);
            if (value == null) {
                continue;
            }
            Map<?, ?> a = attrs(e.getValue());
            String wanted = a.get("type") == null ? "str" : String.valueOf(a.get("type"));
            try {
                Object converted = convert(wanted, value);
                params.put(name, converted);
                if (a.get("elements") != null) {
                    if (!"list".equals(wanted) || !(converted instanceof List<?>)) {
                        errors.add("Invalid type " + wanted + " for option '" + PyRepr.str(converted) + "'"
                                + (context.isEmpty() ? "" : " found in '" + String.join(" -> ", context) + "'.")
                                + ", elements value check is supported only with 'list' type");
                    }
                    params.put(name, elements(String.valueOf(a.get("elements")), name, converted, context));
                }
            } catch (IllegalArgumentException ex) {
                errors.add("argument '" + name + "' is of type " + typeName.apply(value)
                        + (context.isEmpty() ? "" : " found in '" + String.join(" -> ", context) + "'.")
                        + " and we were unable to convert to " + wanted + ": " + ex.getMessage());
            }
        }
    }

    private List<Object> elements(String wanted, String name, Object values, List<String> context) {
        List<Object> out = new ArrayList<>();
        for (Object value : values instanceof List<?> l ? l : List.of(values)) {
            try {
                out.add(convert(wanted, value));
            } catch (IllegalArgumentException ex) {
                errors.add("Elements value for option '" + name + "'"
                        + (context.isEmpty() ? "" : " found in '" + String.join(" -> ", context) + "'")
                        + " is of type " + typeName.apply(value) + " and we were unable to convert to " + wanted + ": "
                        + ex.getMessage());
            }
        }
        return out;
    }

    /** Ansible's type checkers by name; one it does not know fails as calling its missing checker does. */
    private Object convert(String wanted, Object value) {
        Object converted = switch (wanted) {
            case "str", "int", "float", "bool", "list", "dict", "path", "raw" ->
                    ArgType.valueOf(wanted.toUpperCase(java.util.Locale.ROOT)).convert(value, typeName);
            default -> NONE_CALLABLE;
        };
        if (converted == NONE_CALLABLE) {
            throw new IllegalArgumentException("'NoneType' object is not callable");
        }
        return converted;
    }

    private void choices(Map<?, ?> spec, Map<String, Object> params, List<String> context) {
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(attrs(e.getValue()).get("choices") instanceof List<?> choices) || !params.containsKey(name)) {
                continue;
            }
            Object value = params.get(name);
            String choiceText = String.join(", ", choices.stream().map(PyRepr::str).toList());
            if (value instanceof List<?> l) {
                List<String> bad = l.stream().filter(v -> !contains(choices, v)).map(PyRepr::str).toList();
                if (!bad.isEmpty()) {
                    errors.add(in("value of " + name + " must be one or more of: " + choiceText + ". Got no match for: "
                            + String.join(", ", bad), context));
                }
            } else if (!contains(choices, value)) {
                errors.add(in("value of " + name + " must be one of: " + choiceText + ", got: " + PyRepr.str(value), context));
            }
        }
    }

    /** Python's {@code ==} for the values of a spec: numbers and booleans by value, anything else by equality. */
    private static boolean pyEquals(Object a, Object b) {
        Object x = a instanceof Boolean t ? (t ? 1L : 0L) : a;
        Object y = b instanceof Boolean t ? (t ? 1L : 0L) : b;
        if (x instanceof Number n && y instanceof Number m) {
            return n instanceof Double || m instanceof Double ? n.doubleValue() == m.doubleValue()
                    : io.jplay.python.PyInt.big(n).equals(io.jplay.python.PyInt.big(m));
        }
        return java.util.Objects.equals(x, y);
    }

    private static boolean truthy(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n ? n.doubleValue() != 0
                : v instanceof CharSequence s ? s.length() > 0 : v instanceof java.util.Collection<?> c ? !c.isEmpty()
                : v instanceof Map<?, ?> m ? !m.isEmpty() : v != null;
    }

    private static boolean contains(List<?> choices, Object value) {
        return choices.stream().anyMatch(c -> pyEquals(c, value));
    }

    private void validateSubSpecs(Map<?, ?> spec, Map<String, Object> params, List<String> context) {
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            String name = String.valueOf(e.getKey());
            Map<?, ?> a = attrs(e.getValue());
            Object type = a.get("type");
            if (!("dict".equals(type) || "list".equals(type) && "dict".equals(a.get("elements")))) {
                continue;
            }
            Object subSpec = a.get("options");
            if (Boolean.TRUE.equals(a.get("apply_defaults"))) {
                if (!(subSpec instanceof Map<?, ?>)) {
                    continue;
                }
                if (params.get(name) == null) {
                    params.put(name, new LinkedHashMap<String, Object>());
                }
            } else if (!(subSpec instanceof Map<?, ?>) || params.get(name) == null) {
                continue;
            }
            context.add(name);
            Object value = params.get(name);
            List<Object> checked = new ArrayList<>();
            for (Object item : value instanceof List<?> l ? l : List.of(value)) {
                if (!(item instanceof Map<?, ?> m)) {
                    errors.add("value of '" + name + "' must be of type dict or list of dicts");
                    checked.add(item);
                    continue;
                }
                Map<String, Object> sub = new LinkedHashMap<>();
                m.forEach((k, v) -> sub.put(String.valueOf(k), v));
                Map<?, ?> options = (Map<?, ?>) subSpec;
                List<String> where = List.copyOf(context);
                Map<String, String> aliases = aliases(options, sub, where);
                noLogWalk(options, sub);
                collectUnsupported(options, sub, aliases, where);
                checkLevel(options, sub, a, where);
                validateSubSpecs(options, sub, context);
                checked.add(sub);
            }
            params.put(name, value instanceof List<?> ? checked : checked.get(0));
            context.remove(context.size() - 1);
        }
    }
}
