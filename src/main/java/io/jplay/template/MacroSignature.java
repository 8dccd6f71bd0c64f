package io.jplay.template;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a macro takes beyond its parameters, as Jinja2 decides it when compiling: extra positional
 * arguments only when its body reads {@code varargs}, extra keyword arguments only when it reads
 * {@code kwargs}, a {@code caller} only when it reads {@code caller}. Calls that pass more fail with
 * Jinja2's {@code TypeError}.
 */
record MacroSignature(String name, List<String> params, boolean varargs, boolean kwargs, boolean caller) {

    static MacroSignature of(String name, List<String> params, List<TNode> body) {
        return new MacroSignature(name, List.copyOf(params), reads(body, "varargs"), reads(body, "kwargs"),
                reads(body, "caller"));
    }

    /**
     * Binds a call's arguments as Jinja2's {@code Macro.__call__} does: positional ones first, then the
     * remaining parameters by keyword; parameters left unbound are absent from the result.
     */
    Map<String, Object> bind(List<Object> args, Map<String, Object> kwargsGiven, Map<String, Object> extraOut)
            throws TemplateTypeError {
        Map<String, Object> kw = new LinkedHashMap<>(kwargsGiven);
        Map<String, Object> bound = new LinkedHashMap<>();
        for (int k = 0; k < params.size(); k++) {
            String p = params.get(k);
            if (k < args.size()) {
                bound.put(p, args.get(k));
            } else if (kw.containsKey(p)) {
                bound.put(p, kw.remove(p));
            }
        }
        if (caller && kw.containsKey("caller")) {
            bound.put("caller", kw.remove("caller"));
        }
        if (!kwargs && !kw.isEmpty()) {
            if (kw.containsKey("caller")) {
                throw new TemplateTypeError("macro '" + name + "' was invoked with two values for the special caller"
                        + " argument. This is most likely a bug.");
            }
            throw new TemplateTypeError("macro '" + name + "' takes no keyword argument '" + kw.keySet().iterator().next()
                    + "'");
        }
        if (!varargs && args.size() > params.size()) {
            throw new TemplateTypeError("macro '" + name + "' takes not more than " + params.size() + " argument(s)");
        }
        extraOut.putAll(kw);
        return bound;
    }

    /** Whether {@code name} is read anywhere in the nodes (an assignment to it is not a read). */
    private static boolean reads(Object node, String name) {
        if (node instanceof Expr.Name n) {
            return n.name().equals(name);
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (reads(o, name)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof TNode.SetVar sv) {
            return reads(sv.value(), name);
        }
        if (!(node instanceof Record r)) {
            return false;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                if (reads(c.getAccessor().invoke(r), name)) {
                    return true;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    static List<Object> rest(List<Object> args, int from) {
        return new ArrayList<>(args.size() > from ? args.subList(from, args.size()) : List.of());
    }
}
