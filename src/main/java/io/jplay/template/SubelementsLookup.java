package io.jplay.template;

import io.jplay.python.PyBool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code subelements} lookup, as ansible-core's: pairs each dict of a list (or of a dict's values) with
 * each element of the list its dotted key names; the pairing removes that key from the dict it pairs.
 */
final class SubelementsLookup {
    private static final String TERMS = "subelements lookup expects a list of two or three items, ";

    private SubelementsLookup() {
    }

    static List<Object> run(Call c) throws TemplateException {
        if (c.value() instanceof Map) {
            throw new TemplateException(TERMS);
        }
        List<Object> terms = new ArrayList<>(c.args());
        if (terms.isEmpty()) {
            throw LookupFailure.of("IndexError", "list index out of range");
        }
        Object first = Lookups.listify(terms.get(0));
        first = LazyVars.unwrap(terms.get(0)) instanceof Map<?, ?> m ? m : first;
        if (terms.size() < 2 || terms.size() > 3) {
            throw new TemplateException(TERMS);
        }
        if (!(LazyVars.unwrap(terms.get(1)) instanceof String key)) {
            throw new TemplateException(TERMS + "first a dict or a list, second a string pointing to the subkey");
        }
        List<Object> elements;
        if (first instanceof Map<?, ?> m) {
            if (m.containsKey("skipped") && !Boolean.FALSE.equals(m.get("skipped"))) {
                return new ArrayList<>();
            }
            elements = new ArrayList<>(m.values());
        } else {
            elements = (List<Object>) first;
        }
        Map<?, ?> flags = flags(terms.size() == 3 ? LazyVars.unwrap(terms.get(2)) : Map.of());
        boolean skipMissing = PyBool.boolean_(flags.containsKey("skip_missing") ? flags.get("skip_missing") : false, false);
        List<Object> out = new ArrayList<>();
        for (Object element : elements) {
            pairs(LazyVars.unwrap(element), key.split("\\.", -1), skipMissing, out);
        }
        return out;
    }

    private static Map<?, ?> flags(Object flags) throws TemplateException {
        if (flags instanceof Map<?, ?> m) {
            return m;
        }
        for (Object f : Ops.iterate(flags)) {
            if (!"skip_missing".equals(LazyVars.unwrap(f))) {
                throw new TemplateException(TERMS + "the optional third item must be a dict with flags skip_missing");
            }
        }
        throw LookupFailure.of("AttributeError", "'" + PythonRepr.typeName(flags) + "' object has no attribute 'get'");
    }

    @SuppressWarnings("unchecked")
    private static void pairs(Object element, String[] subkeys, boolean skipMissing, List<Object> out)
            throws TemplateException {
        if (!(element instanceof Map<?, ?>)) {
            throw new TemplateException("subelements lookup expects a dictionary, got '" + PythonRepr.str(element) + "'");
        }
        Map<Object, Object> item = (Map<Object, Object>) AnsibleTemplater.normalize(element);
        if (item.containsKey("skipped") && !Boolean.FALSE.equals(item.get("skipped"))) {
            return;
        }
        Map<Object, Object> value = item;
        boolean last = false;
        Object sublist = List.of();
        for (String subkey : subkeys) {
            last |= subkey.equals(subkeys[subkeys.length - 1]);
            if (!value.containsKey(subkey)) {
                if (skipMissing) {
                    continue;
                }
                throw new TemplateException("could not find '" + subkey + "' key in iterated item '"
                        + PythonRepr.str(value) + "'");
            }
            Object v = value.get(subkey);
            if (!last) {
                if (v instanceof Map<?, ?> m) {
                    value = (Map<Object, Object>) m;
                } else if (!skipMissing) {
                    throw new TemplateException("the key " + subkey + " should point to a dictionary, got '"
                            + PythonRepr.str(v) + "'");
                }
            } else if (v instanceof List<?>) {
                sublist = value.remove(subkey);
            } else {
                throw new TemplateException("the key " + subkey + " should point to a list, got '" + PythonRepr.str(v) + "'");
            }
        }
        for (Object sub : (List<?>) sublist) {
            out.add(new Tuple(Arrays.asList(item, sub)));
        }
    }
}
