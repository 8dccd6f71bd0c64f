package io.jplay.template;

import io.jplay.yaml.YamlEmitter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ansible's {@code to_yaml(a, *args, **kw)} and {@code to_nice_yaml(a, indent=4, *args, **kw)}, which
 * pass their keywords on to PyYAML's {@code yaml.dump}: its keywords are accepted, the layout ones
 * jplay follows ({@link YamlEmitter.Style}) are applied, and anything else fails as PyYAML does, in
 * Ansible's {@code to_yaml - ...} wording.
 */
final class YamlFilters {
    /** The keywords of {@code yaml.dump_all} (and {@code stream} of {@code yaml.dump}). */
    private static final Set<String> DUMP_KEYWORDS = Set.of("stream", "default_style", "default_flow_style",
            "canonical", "indent", "width", "allow_unicode", "line_break", "encoding", "explicit_start",
            "explicit_end", "version", "tags", "sort_keys");

    private YamlFilters() {
    }

    static void register(Library lib) {
        lib.filter("to_yaml", c -> {
            check(c, "to_yaml", Set.of("Dumper", "allow_unicode"));
            Object flow = c.kwargs().get("default_flow_style");
            return dump(c, "to_yaml", c.kwargs().getOrDefault("indent", 2L), flow == null ? null : Ops.truthy(flow));
        });
        lib.filter("to_nice_yaml", c -> {
            if (!c.args().isEmpty() && c.kwargs().containsKey("indent")) {
                throw new TemplateTypeError("to_nice_yaml() got multiple values for argument 'indent'");
            }
            check(c, "to_nice_yaml", Set.of("Dumper", "allow_unicode", "default_flow_style"));
            return dump(c, "to_nice_yaml", c.arg(0, "indent", 4L), false);
        });
    }

    /** The keywords the filter itself passes to {@code yaml.dump} must not come twice; the rest must be PyYAML's. */
    private static void check(Call c, String filter, Set<String> passed) throws TemplateException {
        for (String k : c.kwargs().keySet()) {
            if (passed.contains(k)) {
                throw filterError(filter, "yaml.dump() got multiple values for keyword argument '" + k + "'");
            }
        }
        for (String k : c.kwargs().keySet()) {
            if (!DUMP_KEYWORDS.contains(k)) {
                throw filterError(filter, "dump_all() got an unexpected keyword argument '" + k + "'");
            }
        }
    }

    /** Ansible's {@code AnsibleFilterError("to_yaml - %s" % e, orig_exc=e)}: the message, then the cause's. */
    private static TemplateException filterError(String filter, String pythonMessage) {
        return new TemplateException(filter + " - " + pythonMessage + ". " + pythonMessage);
    }

    private static String dump(Call c, String filter, Object indent, Boolean flow) throws TemplateException {
        Map<String, Object> kw = c.kwargs();
        Object width = kw.get("width");
        if (indent != null && !Ops.isInt(indent) || width != null && !Ops.isInt(width)) {
            throw filterError(filter, "an integer is required");
        }
        int spaces = indent == null ? 2 : (int) Ops.toLong(indent);
        // PyYAML's emitter takes an indent only between 2 and 9, and a width only past twice the indent
        spaces = spaces > 1 && spaces < 10 ? spaces : 2;
        int columns = width == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Ops.toLong(width)));
        boolean sortKeys = Ops.truthy(kw.getOrDefault("sort_keys", true));
        return YamlEmitter.dump(representable(c.value(), sortKeys), new YamlEmitter.Style(spaces,
                columns > spaces * 2 ? columns : 80, flow, null, Ops.truthy(kw.getOrDefault("explicit_start", false)),
                Ops.truthy(kw.getOrDefault("explicit_end", false)), null,
                Ops.truthy(kw.getOrDefault("canonical", false))));
    }

    /**
     * The value as PyYAML's representer sees it: unsafe text as its text, other scalars as their Python text, and
     * with {@code sort_keys} each mapping's keys in Python's order (left as they are where Python cannot order them).
     */
    private static Object representable(Object v, boolean sortKeys) {
        if (v instanceof io.jplay.yaml.Unsafe u) {
            return representable(u.value(), sortKeys);
        }
        if (v instanceof Map<?, ?> m) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            if (sortKeys) {
                try {
                    entries.sort((a, b) -> {
                        try {
                            return Ops.compare(a.getKey(), b.getKey(), "<");
                        } catch (TemplateException e) {
                            throw new IllegalArgumentException(e);
                        }
                    });
                } catch (IllegalArgumentException unordered) {
                    entries = new ArrayList<>(m.entrySet());
                }
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : entries) {
                out.put(representable(e.getKey(), sortKeys), representable(e.getValue(), sortKeys));
            }
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(representable(o, sortKeys));
            }
            return out;
        }
        return v == null || v instanceof String || v instanceof Number || v instanceof Boolean ? v : PythonRepr.str(v);
    }
}
