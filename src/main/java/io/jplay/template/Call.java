package io.jplay.template;

import java.util.List;
import java.util.Map;

/** The input to a filter, test, function or lookup: the value, positional and keyword arguments. */
record Call(Object value, List<Object> args, Map<String, Object> kwargs, Scope scope) {

    /** Argument {@code i}, or keyword {@code name}, or {@code dflt}. */
    Object arg(int i, String name, Object dflt) {
        if (i >= 0 && i < args.size()) {
            return args.get(i);
        }
        if (name != null && kwargs.containsKey(name)) {
            return kwargs.get(name);
        }
        return dflt;
    }

    /** Argument {@code i} or keyword {@code name}, which Python's {@code function} requires. */
    Object required(int i, String name, String function) throws TemplateTypeError {
        if ((i < 0 || i >= args.size()) && !kwargs.containsKey(name)) {
            throw new TemplateTypeError(function + "() missing 1 required positional argument: '" + name + "'");
        }
        return arg(i, name, null);
    }

    boolean bool(int i, String name, boolean dflt) throws TemplateException {
        return Ops.truthy(arg(i, name, dflt));
    }

    long integer(int i, String name, long dflt) {
        Object v = arg(i, name, dflt);
        return v instanceof String s ? Long.parseLong(s.trim()) : Ops.toLong(v);
    }

    String string(int i, String name, String dflt) {
        Object v = arg(i, name, dflt);
        return v == null ? null : PythonRepr.str(v);
    }

    Runtime rt() {
        return scope.rt;
    }
}
