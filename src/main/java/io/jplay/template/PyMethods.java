package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Python's methods on {@code str}, {@code dict} and {@code list}. */
final class PyMethods {
    private static final Set<String> STR = Set.of("startswith", "endswith", "split", "rsplit", "strip", "lstrip",
            "rstrip", "lower", "upper", "replace", "format", "join", "find", "rfind", "index", "count", "splitlines",
            "isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper", "isnumeric", "capitalize", "title",
            "center", "ljust", "rjust", "zfill", "partition", "rpartition", "swapcase", "casefold", "isidentifier",
            "rindex", "expandtabs", "istitle", "encode");
    private static final Set<String> DICT = Set.of("items", "keys", "values", "get", "copy", "update", "pop",
            "setdefault");
    private static final Set<String> LIST = Set.of("index", "count", "append", "extend", "insert", "pop", "remove",
            "copy", "reverse", "sort");

    private PyMethods() {
    }

    static boolean has(Object self, String name) {
        if (self instanceof String) {
            return STR.contains(name);
        }
        if (self instanceof Map) {
            return DICT.contains(name);
        }
        if (self instanceof List) {
            return LIST.contains(name);
        }
        return false;
    }

    static Object call(Object self, String name, List<Object> args, Map<String, Object> kwargs)
            throws TemplateException {
        for (Object a : args) {
            Ops.defined(a);
        }
        Call c = new Call(self, args, kwargs, null);
        if (self instanceof String s) {
            return StrMethods.call(s, name, c);
        }
        if (self instanceof Map<?, ?> m) {
            return dict(m, name, c);
        }
        return list((List<?>) self, name, c);
    }

    @SuppressWarnings("unchecked")
    private static Object dict(Map<?, ?> m, String name, Call c) throws TemplateException {
        switch (name) {
            case "items": {
                List<Object> out = new ArrayList<>();
                m.forEach((k, v) -> out.add(new Tuple(java.util.Arrays.asList(k, v))));
                return new DictView("dict_items", out);
            }
            case "keys":
                return new DictView("dict_keys", new ArrayList<>(m.keySet()));
            case "values":
                return new DictView("dict_values", new ArrayList<>(m.values()));
            case "get": {
                Object k = c.arg(0, null, null);
                return m.containsKey(k) ? m.get(k) : c.arg(1, null, null);
            }
            case "copy":
                return new java.util.LinkedHashMap<>(m);
            case "update":
                ((Map<Object, Object>) m).putAll((Map<?, ?>) c.arg(0, null, Map.of()));
                ((Map<Object, Object>) m).putAll(c.kwargs());
                return null;
            case "pop": {
                Object k = c.arg(0, null, null);
                if (!m.containsKey(k) && c.args().size() < 2) {
                    throw new TemplateException(PythonRepr.repr(k));
                }
                return m.containsKey(k) ? m.remove(k) : c.arg(1, null, null);
            }
            case "setdefault": {
                Object k = c.arg(0, null, null);
                if (!m.containsKey(k)) {
                    ((Map<Object, Object>) m).put(k, c.arg(1, null, null));
                }
                return m.get(k);
            }
            default:
                throw TemplateException.undefined("'dict object' has no attribute '" + name + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object list(List<?> l, String name, Call c) throws TemplateException {
        List<Object> ml = (List<Object>) l;
        switch (name) {
            case "index": {
                Object x = c.arg(0, null, null);
                for (int i = 0; i < l.size(); i++) {
                    if (Ops.equal(l.get(i), x)) {
                        return (long) i;
                    }
                }
                throw new TemplateTypeError(PythonRepr.repr(x) + " is not in list");
            }
            case "count": {
                Object x = c.arg(0, null, null);
                return l.stream().filter(o -> Ops.equal(o, x)).count();
            }
            case "append":
                ml.add(c.arg(0, null, null));
                return null;
            case "extend":
                ml.addAll(Ops.iterate(c.arg(0, null, List.of())));
                return null;
            case "insert":
                ml.add((int) c.integer(0, null, 0), c.arg(1, null, null));
                return null;
            case "pop":
                return ml.remove(c.args().isEmpty() ? l.size() - 1 : Math.floorMod(c.integer(0, null, -1), l.size()));
            case "remove":
                ml.remove(c.arg(0, null, null));
                return null;
            case "copy":
                return new ArrayList<>(l);
            case "reverse":
                java.util.Collections.reverse(ml);
                return null;
            case "sort":
                ml.sort(Sorting.comparator(null, false, c.bool(-1, "reverse", false)));
                return null;
            default:
                throw TemplateException.undefined("'list object' has no attribute '" + name + "'");
        }
    }
}
