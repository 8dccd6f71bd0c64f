package io.jplay.template;

import java.util.Collection;
import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.json.JsonWriter;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Filters over dicts and serialisation: combine, dict2items, to_json, to_yaml and friends. */
final class DataFilters {
    private DataFilters() {
    }

    static void register(Library lib) {
        lib.filter("dict2items", c -> {
            if (!(c.value() instanceof Map<?, ?> m)) {
                throw new TemplateException("dict2items requires a dictionary, got " + PythonRepr.typeName(c.value())
                        + " instead.");
            }
            String k = c.string(0, "key_name", "key");
            String v = c.string(1, "value_name", "value");
            List<Object> out = new ArrayList<>();
            m.forEach((a, b) -> out.add(CoreFilters.mapOf(k, a, v, b)));
            return out;
        });
        lib.filter("items2dict", c -> {
            String k = c.string(0, "key_name", "key");
            String v = c.string(1, "value_name", "value");
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object o : Ops.iterate(c.value())) {
                Map<?, ?> m = (Map<?, ?>) o;
                out.put(m.get(k), m.get(v));
            }
            return out;
        });
        lib.filter("combine", c -> {
            boolean recursive = c.bool(-1, "recursive", false);
            String listMerge = c.string(-1, "list_merge", "replace");
            List<Object> dicts = new ArrayList<>();
            dicts.add(c.value());
            for (Object a : c.args()) {
                if (a instanceof List<?> l) {
                    dicts.addAll(l);
                } else {
                    dicts.add(a);
                }
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object d : dicts) {
                if (!(d instanceof Map<?, ?> m)) {
                    throw new TemplateException("failed to combine variables, expected dicts but got a '"
                            + PythonRepr.typeName(c.value()) + "' and a '" + PythonRepr.typeName(d) + "': ");
                }
                merge(out, m, recursive, listMerge);
            }
            return out;
        });
        lib.filter("dictsort", c -> {
            Map<?, ?> m = (Map<?, ?>) c.value();
            boolean byValue = "value".equals(c.string(1, "by", "key"));
            List<Object> items = new ArrayList<>();
            m.forEach((k, v) -> items.add(new Tuple(Arrays.asList(k, v))));
            items.sort(Sorting.comparator(byValue ? "1" : "0", c.bool(0, "case_sensitive", false),
                    c.bool(2, "reverse", false)));
            return items;
        });
        lib.filter("items", c -> {
            List<Object> items = new ArrayList<>();
            ((Map<?, ?>) c.value()).forEach((k, v) -> items.add(new Tuple(Arrays.asList(k, v))));
            return items;
        });
        lib.filter("to_json", c -> JsonWriter.python().sortKeys(c.bool(-1, "sort_keys", false))
                .ensureAscii(c.bool(-1, "ensure_ascii", true)).write(c.value()));
        lib.filter("to_nice_json", c -> JsonWriter.python().sortKeys(c.bool(-1, "sort_keys", true))
                .indent((int) c.integer(0, "indent", 4)).ensureAscii(c.bool(-1, "ensure_ascii", true)).write(c.value()));
        lib.filter("tojson", c -> {
            Object indent = c.arg(0, "indent", null);
            JsonWriter w = JsonWriter.python().sortKeys(true);
            if (indent != null) {
                w = w.indent((int) Ops.toLong(indent));
            }
            return w.write(c.value()).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("'", "\\u0027");
        });
        lib.filter("pprint", c -> PrettyPrint.format(c.value()));
        lib.filter("rekey_on_member", DataFilters::rekeyOnMember);
        lib.filter("from_json", c -> {
            try {
                return JsonParser.parse(PythonRepr.str(c.value()));
            } catch (JsonException e) {
                throw new TemplateException("from_json: " + e.getMessage(), e);
            }
        });
        lib.filter("to_yaml", c -> YamlDump.dump(c.value(), (int) c.integer(-1, "indent", 2), true));
        lib.filter("to_nice_yaml", c -> YamlDump.dump(c.value(), (int) c.integer(0, "indent", 4), false));
        lib.filter("from_yaml", c -> {
            List<Object> docs = yaml(c.value());
            return docs.isEmpty() ? null : docs.get(0);
        });
        lib.filter("from_yaml_all", c -> yaml(c.value()));
        lib.filter("ternary", c -> {
            Object v = c.value();
            if (v == null && c.args().size() > 2) {
                return c.arg(2, "none_val", null);
            }
            return Ops.truthy(v) ? c.arg(0, "true_val", null) : c.arg(1, "false_val", null);
        });
        lib.filter("type_debug", c -> c.value() instanceof Undefined ? "AnsibleUndefined"
                : PythonRepr.typeName(c.value()));
        lib.filter("extract", c -> {
            Object container = c.arg(0, "container", null);
            Object v = Evaluator.getitem(container, c.value());
            Object morekeys = c.arg(1, "morekeys", null);
            if (morekeys != null) {
                for (Object k : morekeys instanceof List<?> l ? new ArrayList<>(l) : List.of(morekeys)) {
                    v = Evaluator.getitem(v, k);
                }
            }
            return v;
        });
        lib.filter("subelements", c -> subelements(c.value(), c.string(0, "subelements", ""),
                c.bool(1, "skip_missing", false)));
    }

    private static List<Object> yaml(Object v) throws TemplateException {
        try {
            return new YamlLoader().loadAll(PythonRepr.str(v), "<string>");
        } catch (YamlException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<Object, Object> into, Map<?, ?> from, boolean recursive, String listMerge)
            throws TemplateException {
        for (Map.Entry<?, ?> e : from.entrySet()) {
            Object old = into.get(e.getKey());
            Object neu = e.getValue();
            if (recursive && old instanceof Map<?, ?> om && neu instanceof Map<?, ?> nm) {
                Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) om);
                merge(copy, nm, true, listMerge);
                into.put(e.getKey(), copy);
            } else if (old instanceof List<?> ol && neu instanceof List<?> nl && !listMerge.equals("replace")) {
                List<Object> r = switch (listMerge) {
                    case "keep" -> new ArrayList<>(ol);
                    case "append" -> ListFilters.concat(ol, nl);
                    case "prepend" -> ListFilters.concat(nl, ol);
                    case "append_rp" -> {
                        List<Object> x = new ArrayList<>();
                        for (Object o : ol) {
                            if (!Ops.contains(nl, o)) {
                                x.add(o);
                            }
                        }
                        x.addAll(nl);
                        yield x;
                    }
                    case "prepend_rp" -> {
                        List<Object> x = new ArrayList<>(nl);
                        for (Object o : ol) {
                            if (!Ops.contains(nl, o)) {
                                x.add(o);
                            }
                        }
                        yield x;
                    }
                    default -> throw new TemplateException("'list_merge' valid values are: replace, keep, append, "
                            + "prepend, append_rp, prepend_rp");
                };
                into.put(e.getKey(), r);
            } else {
                into.put(e.getKey(), neu);
            }
        }
    }

    static List<Object> subelements(Object value, String path, boolean skipMissing) throws TemplateException {
        List<Object> out = new ArrayList<>();
        List<Object> items = value instanceof Map<?, ?> m ? new ArrayList<>(m.values()) : Ops.iterate(value);
        for (Object item : items) {
            Object v = item;
            boolean missing = false;
            for (String part : path.split("\\.")) {
                if (v instanceof Map<?, ?> m && m.containsKey(part)) {
                    v = m.get(part);
                } else {
                    missing = true;
                    break;
                }
            }
            if (missing) {
                if (skipMissing) {
                    continue;
                }
                throw new TemplateException("could not find '" + path + "' key in iterated item '"
                        + PythonRepr.repr(item) + "'");
            }
            if (!(v instanceof List<?> l)) {
                throw new TemplateException("the key " + path + " should point to a list, got '"
                        + PythonRepr.repr(v) + "'");
            }
            for (Object sub : l) {
                out.add(new Tuple(Arrays.asList(item, sub)));
            }
        }
        return out;
    }

    /** Ansible's {@code rekey_on_member(data, key, duplicates='error')}. */
    private static Object rekeyOnMember(Call c) throws TemplateException {
        Object key = c.arg(0, "key", null);
        String duplicates = c.string(1, "duplicates", "error");
        if (!duplicates.equals("error") && !duplicates.equals("overwrite")) {
            throw new TemplateException("duplicates parameter to rekey_on_member has unknown value: " + duplicates);
        }
        Object data = LazyVars.unwrap(c.value());
        Collection<?> items;
        if (data instanceof Map<?, ?> m) {
            items = m.values();
        } else if (data instanceof Collection<?> l) {
            items = l;
        } else {
            throw new TemplateTypeError("Type is not a valid list, set, or dict");
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object item : items) {
            if (!(LazyVars.unwrap(item) instanceof Map<?, ?> m)) {
                throw new TemplateTypeError("List item is not a valid dict");
            }
            if (!m.containsKey(key)) {
                throw new TemplateException("Key " + PythonRepr.str(key) + " was not found");
            }
            Object k = m.get(key);
            if (Ops.truthy(out.get(k)) && duplicates.equals("error")) {
                throw new TemplateException("Key " + PythonRepr.str(k) + " is not unique, cannot correctly turn into dict");
            }
            out.put(k, m);
        }
        return out;
    }
}
