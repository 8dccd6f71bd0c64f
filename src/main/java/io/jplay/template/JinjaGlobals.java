package io.jplay.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jinja2's global functions {@code namespace}, {@code cycler} and {@code joiner}, and their objects. */
final class JinjaGlobals {
    private JinjaGlobals() {
    }

    static void register(Library lib) {
        lib.function("namespace", c -> {
            Namespace ns = new Namespace("Namespace");
            for (Object a : c.args()) {
                if (!(LazyVars.unwrap(a) instanceof Map<?, ?> m)) {
                    throw new TemplateTypeError("cannot convert dictionary update sequence element #0 to a sequence");
                }
                m.forEach((k, v) -> ns.set(String.valueOf(k), v));
            }
            c.kwargs().forEach(ns::set);
            return ns;
        });
        lib.function("cycler", c -> new Cycler(List.copyOf(c.args())));
        lib.function("joiner", c -> {
            String sep = c.string(0, "sep", ", ");
            boolean[] used = {false};
            return (PyCallable) (args, kw) -> {
                if (!used[0]) {
                    used[0] = true;
                    return "";
                }
                return sep;
            };
        });
    }

    /** Jinja2's {@code Namespace} (also a template module from {@code import}): attributes only. */
    static final class Namespace implements PyObject {
        private final String kind;
        private final Map<String, Object> attrs = new LinkedHashMap<>();

        Namespace(String kind) {
            this.kind = kind;
        }

        void set(String name, Object value) {
            attrs.put(name, value);
        }

        @Override
        public Object attr(String name) {
            return attrs.get(name);
        }

        @Override
        public String toString() {
            return "<" + kind + " " + PythonRepr.repr(attrs) + ">";
        }
    }

    /** Jinja2's {@code cycler(*items)}: {@code next()}, {@code current}, {@code reset()}. */
    static final class Cycler implements PyObject {
        private final List<Object> items;
        private int pos;

        Cycler(List<Object> items) {
            this.items = items;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "current" -> items.isEmpty() ? null : items.get(pos);
                case "next" -> (PyCallable) (a, k) -> {
                    Object v = items.get(pos);
                    pos = (pos + 1) % items.size();
                    return v;
                };
                case "reset" -> (PyCallable) (a, k) -> {
                    pos = 0;
                    return null;
                };
                case "items" -> items;
                default -> null;
            };
        }
    }
}
