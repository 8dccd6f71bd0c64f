package io.jplay.template;

import io.jplay.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code to_json}, {@code to_nice_json} (Ansible's, which pass every keyword on to Python's
 * {@code json.dumps}) and Jinja2's {@code tojson}, with Python's argument binding: the same
 * keywords, layouts and errors ({@code JSONEncoder.__init__() got an unexpected keyword argument}).
 */
final class JsonFilters {
    /** The keyword-only parameters of {@code json.dumps}. */
    private static final Set<String> DUMPS_KEYWORDS = Set.of("skipkeys", "ensure_ascii", "check_circular", "allow_nan",
            "cls", "indent", "separators", "default", "sort_keys");
    /** What Ansible's {@code AnsibleJSONEncoder} (and so {@code JSONEncoder}) accepts. */
    private static final Set<String> ENCODER_KEYWORDS = Set.of("skipkeys", "ensure_ascii", "check_circular", "allow_nan",
            "indent", "separators", "default", "sort_keys", "vault_to_text", "preprocess_unsafe");

    private JsonFilters() {
    }

    static void register(Library lib) {
        lib.filter("to_json", c -> {
            noSecondValue(c, "to_json", "a");
            return dumps(c.value(), c.args(), new LinkedHashMap<>(c.kwargs()));
        });
        lib.filter("to_nice_json", JsonFilters::toNiceJson);
        lib.filter("tojson", JsonFilters::tojson);
    }

    /** {@code to_nice_json(a, indent=4, sort_keys=True, *args, **kw)}, which calls {@code to_json} with separators. */
    private static Object toNiceJson(Call c) throws TemplateException {
        noSecondValue(c, "to_nice_json", "a");
        List<String> named = List.of("indent", "sort_keys");
        for (int i = 0; i < named.size(); i++) {
            if (i < c.args().size() && c.kwargs().containsKey(named.get(i))) {
                throw new TemplateTypeError("to_nice_json() got multiple values for argument '" + named.get(i) + "'");
            }
        }
        if (c.kwargs().containsKey("separators")) {
            throw new TemplateTypeError("to_json() got multiple values for keyword argument 'separators'");
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("indent", c.arg(0, "indent", 4L));
        kw.put("sort_keys", c.arg(1, "sort_keys", true));
        kw.put("separators", List.of(",", ": "));
        c.kwargs().forEach((k, v) -> {
            if (!named.contains(k)) {
                kw.put(k, v);
            }
        });
        List<Object> extra = c.args().size() > 2 ? c.args().subList(2, c.args().size()) : List.of();
        return dumps(c.value(), extra, kw);
    }

    private static void noSecondValue(Call c, String function, String parameter) throws TemplateTypeError {
        if (c.kwargs().containsKey(parameter)) {
            throw new TemplateTypeError(function + "() got multiple values for argument '" + parameter + "'");
        }
    }

    /** Ansible's {@code to_json(a, *args, **kw)}: {@code json.dumps(a, cls=AnsibleJSONEncoder, *args, **kw)}. */
    private static Object dumps(Object value, List<Object> extra, Map<String, Object> kw) throws TemplateException {
        kw.putIfAbsent("vault_to_text", true);
        kw.putIfAbsent("preprocess_unsafe", false);
        if (kw.containsKey("cls")) {
            throw new TemplateTypeError("json.dumps() got multiple values for keyword argument 'cls'");
        }
        if (!extra.isEmpty()) {
            long keywordOnly = 1 + kw.keySet().stream().filter(DUMPS_KEYWORDS::contains).count();
            throw new TemplateTypeError("dumps() takes 1 positional argument but " + (1 + extra.size())
                    + " positional arguments (and " + keywordOnly + " keyword-only argument"
                    + (keywordOnly == 1 ? "" : "s") + ") were given");
        }
        for (String k : kw.keySet()) {
            if (!ENCODER_KEYWORDS.contains(k)) {
                throw new TemplateTypeError("JSONEncoder.__init__() got an unexpected keyword argument '" + k + "'");
            }
        }
        return encode(value, kw);
    }

    /** Jinja2's {@code do_tojson(eval_ctx, value, indent=None)}: sorted keys, HTML-safe. */
    private static Object tojson(Call c) throws TemplateException {
        if (c.args().size() > 1) {
            throw new TemplateTypeError("do_tojson() takes from 2 to 3 positional arguments but "
                    + (2 + c.args().size()) + " were given");
        }
        for (String k : c.kwargs().keySet()) {
            if (!k.equals("indent")) {
                throw new TemplateTypeError("do_tojson() got an unexpected keyword argument '" + k + "'");
            }
            if (!c.args().isEmpty()) {
                throw new TemplateTypeError("do_tojson() got multiple values for argument 'indent'");
            }
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("sort_keys", true);
        kw.put("indent", c.arg(0, "indent", null));
        return encode(c.value(), kw).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("'", "\\u0027");
    }

    /** {@code JSONEncoder(**kw).encode(value)}. */
    private static String encode(Object value, Map<String, Object> kw) throws TemplateException {
        JsonWriter w = JsonWriter.python()
                .ensureAscii(Ops.truthy(kw.getOrDefault("ensure_ascii", true)))
                .skipKeys(Ops.truthy(kw.getOrDefault("skipkeys", false)))
                .allowNan(Ops.truthy(kw.getOrDefault("allow_nan", true)))
                .sortKeys(Ops.truthy(kw.getOrDefault("sort_keys", false)))
                .keyOrder((a, b) -> {
                    try {
                        return Ops.compare(a, b, "<");
                    } catch (TemplateException e) {
                        throw new Sorting.Failure(e);
                    }
                });
        Object separators = kw.get("separators");
        if (separators != null) {
            List<Object> pair = unpackPair(separators);
            w = w.separators(PythonRepr.str(pair.get(0)), PythonRepr.str(pair.get(1)));
        }
        if (value instanceof String s) {
            // JSONEncoder.encode returns a string's JSON before it looks at the indent
            return w.write(s);
        }
        Object indent = kw.get("indent");
        if (indent != null) {
            w = w.indent(indentText(indent));
        }
        try {
            return w.write(value);
        } catch (JsonWriter.Unencodable e) {
            throw e.pythonType().equals("ValueError") ? TemplateException.valueError(e.getMessage())
                    : new TemplateTypeError(e.getMessage());
        } catch (Sorting.Failure e) {
            throw (TemplateException) e.getCause();
        }
    }

    /** Python's {@code ' ' * indent} for a number, the text itself for a string. */
    private static String indentText(Object indent) throws TemplateTypeError {
        if (indent instanceof String s) {
            return s;
        }
        if (Ops.isInt(indent)) {
            return " ".repeat((int) Math.max(0, Ops.toLong(indent)));
        }
        throw new TemplateTypeError("can't multiply sequence by non-int of type '" + PythonRepr.typeName(indent) + "'");
    }

    /** {@code item, key = separators}. */
    private static List<Object> unpackPair(Object separators) throws TemplateException {
        List<Object> items = new ArrayList<>();
        if (separators instanceof String s) {
            s.codePoints().forEach(cp -> items.add(Character.toString(cp)));
        } else if (separators instanceof List<?> l) {
            items.addAll(l);
        } else if (separators instanceof Map<?, ?> m) {
            items.addAll(m.keySet());
        } else {
            throw new TemplateTypeError("cannot unpack non-iterable " + PythonRepr.typeName(separators) + " object");
        }
        if (items.size() < 2) {
            throw TemplateException.valueError("not enough values to unpack (expected 2, got " + items.size() + ")");
        }
        if (items.size() > 2) {
            throw TemplateException.valueError("too many values to unpack (expected 2)");
        }
        return items;
    }
}
