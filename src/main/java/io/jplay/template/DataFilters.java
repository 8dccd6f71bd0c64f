package io.jplay.template;

import java.util.Collection;
import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Filters over dicts and serialisation: combine, dict2items, from_yaml and friends. */
final class DataFilters {
    private DataFilters() {
    }

    static void register(Library lib) {
        lib.filter("dict2items", c -> {
            if (!(c.value() instanceof Map<?, ?> m)) {
                throw new TemplateTypeError("dict2items requires a dictionary, got <class '"
                        + PythonRepr.typeName(c.value()) + "'> instead.");
            }
            String k = c.string(0, "key_name", "key");
            String v = c.string(1, "value_name", "value");
            List<Object> out = new ArrayList<>();
            m.forEach((a, b) -> out.add(CoreFilters.mapOf(k, a, v, b)));
            return out;
        });
        lib.filter("items2dict", DataFilters::items2dict);
        lib.filter("combine", DataFilters::combine);
        lib.filter("dictsort", c -> {
            Map<?, ?> m = (Map<?, ?>) c.value();
            String by = c.string(1, "by", "key");
            if (!by.equals("key") && !by.equals("value")) {
                throw new TemplateException("You can only sort by either \"key\" or \"value\"");
            }
            boolean byValue = by.equals("value");
            List<Object> items = new ArrayList<>();
            m.forEach((k, v) -> items.add(new Tuple(Arrays.asList(k, v))));
            items.sort(Sorting.comparator(byValue ? "1" : "0", c.bool(0, "case_sensitive", false),
                    c.bool(2, "reverse", false)));
            return items;
        });
        lib.filter("items", c -> {
            if (!(Ops.defined(c.value()) instanceof Map)) {
                throw new TemplateTypeError("Can only get item pairs from a mapping.");
            }
            List<Object> items = new ArrayList<>();
            ((Map<?, ?>) c.value()).forEach((k, v) -> items.add(new Tuple(Arrays.asList(k, v))));
            return items;
        });
        lib.filter("pprint", c -> PrettyPrint.format(c.value()));
        lib.filter("rekey_on_member", DataFilters::rekeyOnMember);
        lib.filter("from_json", c -> {
            if (!(Ops.defined(c.value()) instanceof String text)) {
                throw new TemplateTypeError("the JSON object must be str, bytes or bytearray, not "
                        + PythonRepr.typeName(c.value()));
            }
            try {
                return JsonParser.parse(text);
            } catch (JsonException e) {
                throw TemplateException.valueError("json.decoder.JSONDecodeError", e.getMessage());
            }
        });
        // as Ansible: a value that is not text is handed back as it is
        lib.filter("from_yaml", c -> {
            if (!isText(c.value())) {
                return c.value();
            }
            List<Object> docs = yaml(c.value());
            return docs.isEmpty() ? null : docs.get(0);
        });
        lib.filter("from_yaml_all", c -> isText(c.value()) ? yaml(c.value()) : c.value());
        lib.filter("ternary", c -> {
            Object v = c.value();
            if (v == null && c.args().size() > 2) {
                return c.arg(2, "none_val", null);
            }
            Object whenTrue = c.required(0, "true_val", "ternary");
            Object whenFalse = c.required(1, "false_val", "ternary");
            return Ops.truthy(v) ? whenTrue : whenFalse;
        });
        lib.filter("type_debug", c -> c.value() instanceof Undefined ? "AnsibleUndefined"
                : c.rt().templater.vaultPlaintexts().isNativeText(c.value()) ? "NativeJinjaText"
                : c.rt().templater.vaultPlaintexts().isVaultValue(c.value()) ? "AnsibleVaultEncryptedUnicode"
                : c.rt().templater.vaultPlaintexts().isMarkup(c.value()) ? "Markup"
                : c.rt().templater.vaultPlaintexts().isLoaded(c.value()) ? "AnsibleUnicode"
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
        lib.filter("subelements", c -> subelements(c.value(), c.arg(0, "subelements", ""),
                c.bool(1, "skip_missing", false)));
    }

    private static final List<String> LIST_MERGES = List.of("replace", "keep", "append", "prepend", "append_rp",
            "prepend_rp");

    /** Ansible's {@code combine}: the value and the arguments, lists among them flattened once, merged left to right. */
    private static Object combine(Call c) throws TemplateException {
        for (String k : c.kwargs().keySet()) {
            if (!k.equals("recursive") && !k.equals("list_merge")) {
                throw new TemplateException("'recursive' and 'list_merge' are the only valid keyword arguments");
            }
        }
        boolean recursive = c.bool(-1, "recursive", false);
        String listMerge = c.string(-1, "list_merge", "replace");
        List<Object> terms = new ArrayList<>();
        terms.add(c.value());
        terms.addAll(c.args());
        List<Object> dicts = flattenOnce(terms);
        if (dicts.size() < 2) {
            return dicts.isEmpty() ? new LinkedHashMap<>() : dicts.get(0);
        }
        if (!LIST_MERGES.contains(listMerge)) {
            throw new TemplateException("merge_hash: 'list_merge' argument can only be equal to 'replace', 'keep', "
                    + "'append', 'prepend', 'append_rp' or 'prepend_rp'");
        }
        for (int i = dicts.size() - 1; i >= 0; i--) {
            if (!(dicts.get(i) instanceof Map<?, ?>)) {
                throw notDicts(dicts, i, recursive, listMerge);
            }
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object d : dicts) {
            merge(out, (Map<?, ?>) d, recursive, listMerge);
        }
        return out;
    }

    /**
     * Ansible merges from the right ({@code merge_hash(left, merged_right)}), so the pair it names is the first
     * non-dict seen from the right and what is merged to its right (or, for the last term, the term before it and
     * that term), each written as JSON.
     */
    private static TemplateException notDicts(List<Object> dicts, int bad, boolean recursive, String listMerge)
            throws TemplateException {
        Object left;
        Object right;
        if (bad == dicts.size() - 1) {
            left = dicts.get(bad - 1);
            right = dicts.get(bad);
        } else {
            Map<Object, Object> merged = new LinkedHashMap<>();
            for (Object d : dicts.subList(bad + 1, dicts.size())) {
                merge(merged, (Map<?, ?>) d, recursive, listMerge);
            }
            left = dicts.get(bad);
            right = merged;
        }
        return new TemplateException("failed to combine variables, expected dicts but got a '"
                + PythonRepr.typeName(left) + "' and a '" + PythonRepr.typeName(right) + "': \n" + jsonOrText(left)
                + "\n" + jsonOrText(right));
    }

    private static String jsonOrText(Object v) {
        try {
            return io.jplay.json.JsonWriter.python().write(v);
        } catch (RuntimeException e) {
            return PythonRepr.str(v);
        }
    }

    /** Ansible's {@code items2dict}: each item's {@code key_name} and {@code value_name} entries. */
    private static Object items2dict(Call c) throws TemplateException {
        Object value = LazyVars.unwrap(c.value());
        Ops.defined(value);
        if (!(value instanceof List<?> items)) {
            throw new TemplateTypeError("items2dict requires a list, got <class '" + PythonRepr.typeName(value)
                    + "'> instead.");
        }
        Object k = c.arg(0, "key_name", "key");
        Object v = c.arg(1, "value_name", "value");
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object item : items) {
            Object key = entry(item, k, items);
            Object val = entry(item, v, items);
            if (key instanceof Undefined || val instanceof Undefined) {
                throw new TemplateTypeError("items2dict requires each dictionary in the list to contain the keys '"
                        + PythonRepr.str(k) + "' and '" + PythonRepr.str(v) + "', got " + PythonRepr.repr(items)
                        + " instead.");
            }
            out.put(key, val);
        }
        return out;
    }

    /** Python's {@code item[key]} for items2dict: a dict's entry (undefined when missing) or a list's element. */
    private static Object entry(Object item, Object key, List<?> all) throws TemplateException {
        Object i = LazyVars.unwrap(item);
        if (i instanceof Map<?, ?> m) {
            return m.containsKey(key) ? m.get(key) : new Undefined("missing");
        }
        if (i instanceof List<?> l && Ops.isInt(key)) {
            int n = (int) Ops.toLong(key);
            if (n < -l.size() || n >= l.size()) {
                throw new TemplateException("list index out of range");
            }
            return l.get(n < 0 ? n + l.size() : n);
        }
        throw new TemplateTypeError("items2dict requires a list of dictionaries, got " + PythonRepr.repr(all)
                + " instead.");
    }

    /** Ansible's {@code flatten(terms, levels=1)}: one level of lists opened, nulls dropped. */
    private static List<Object> flattenOnce(List<Object> terms) {
        List<Object> out = new ArrayList<>();
        for (Object t : terms) {
            for (Object o : t instanceof List<?> l ? l : Arrays.asList(t)) {
                if (o != null && !"None".equals(o) && !"null".equals(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private static boolean isText(Object v) {
        return (v instanceof io.jplay.yaml.Unsafe u ? u.value() : v) instanceof String;
    }

    private static List<Object> yaml(Object v) throws TemplateException {
        try {
            return new YamlLoader().withTimestamps(PyDate::fromYaml).loadAll(PythonRepr.str(v), "<string>");
        } catch (YamlException e) {
            throw new TemplateException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw TemplateException.valueError(e.getMessage()); // a timestamp that is no real date or time
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

    /** Ansible's {@code subelements} filter: each element paired with each item of the list its key path names. */
    private static List<Object> subelements(Object value, Object path, boolean skipMissing) throws TemplateException {
        Object obj = LazyVars.unwrap(value);
        Ops.defined(obj);
        if (!(obj instanceof Map || obj instanceof List)) {
            throw new TemplateException("obj must be a list of dicts or a nested dict");
        }
        List<?> parts = path instanceof List<?> l ? l : path instanceof String s ? Arrays.asList(s.split("\\.", -1)) : null;
        if (parts == null) {
            throw new TemplateTypeError("subelements must be a list or a string");
        }
        List<Object> out = new ArrayList<>();
        for (Object element : obj instanceof Map<?, ?> m ? m.values() : (List<?>) obj) {
            Object values = element;
            Object part = null;
            for (Object p : parts) {
                part = p;
                if (!(values instanceof Map<?, ?> m)) {
                    throw new TemplateTypeError("the key " + PythonRepr.str(part) + " should point to a dictionary, got '"
                            + PythonRepr.str(values) + "'");
                }
                if (!m.containsKey(part)) {
                    if (!skipMissing) {
                        throw new TemplateException("could not find " + PythonRepr.repr(part) + " key in iterated item "
                                + PythonRepr.repr(values));
                    }
                    values = List.of();
                    break;
                }
                values = m.get(part);
            }
            if (!(values instanceof List<?> items)) {
                throw new TemplateTypeError("the key " + PythonRepr.repr(part) + " should point to a list, got "
                        + PythonRepr.repr(values));
            }
            for (Object item : items) {
                out.add(new Tuple(Arrays.asList(element, item)));
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
