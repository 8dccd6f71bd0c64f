package io.jplay.template;

import java.util.HashMap;
import java.util.Map;

/** Local variables ({@code set}, loop targets, macro arguments) over the run's lazy variables. */
final class Scope {
    final Scope parent;
    final Runtime rt;
    private final Map<String, Object> locals = new HashMap<>(4);

    Scope(Scope parent, Runtime rt) {
        this.parent = parent;
        this.rt = rt;
    }

    Scope child() {
        return new Scope(this, rt);
    }

    Object get(String name) throws TemplateException {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.locals.containsKey(name)) {
                return s.locals.get(name);
            }
        }
        if (rt.chain != null && name.equals("self")) {
            return Inheritance.self(rt.chain);
        }
        return rt.vars.get(name);
    }

    /** Copies this scope's own variables (a template module's macros and top-level sets) into {@code ns}. */
    void localsInto(JinjaGlobals.Namespace ns) {
        locals.forEach(ns::set);
    }

    void set(String name, Object value) {
        locals.put(name, value);
    }
}
