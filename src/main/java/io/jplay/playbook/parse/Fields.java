package io.jplay.playbook.parse;

import io.jplay.playbook.Keywords;
import io.jplay.playbook.LoopControl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts keyword values as written in YAML into the shapes the model records hold. */
final class Fields {

    private Fields() {
    }

    /** {@code when}: a single condition or a list; {@code null} gives none. */
    static List<Object> when(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        List<Object> one = new ArrayList<>();
        one.add(value);
        return one;
    }

    /** {@code tags}: a list, or a comma separated string, as Ansible splits it. */
    static List<String> tags(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
            return out;
        }
        for (String part : String.valueOf(value).split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** {@code notify}/{@code listen}: one name or a list of names. */
    static List<String> names(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(o -> out.add(String.valueOf(o)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        return null;
    }

    /** The shared keywords; {@code delegateTo} overrides {@code delegate_to} when not null. */
    static Keywords keywords(Map<String, Object> ds, Object delegateTo) {
        return new Keywords(ds.get("become"), ds.get("become_user"), ds.get("become_method"),
                ds.get("become_flags"), ds.get("remote_user"), ds.get("connection"), ds.get("port"),
                ds.get("environment"), ds.get("ignore_errors"), ds.get("ignore_unreachable"), ds.get("check_mode"),
                ds.get("diff"), ds.get("no_log"), ds.get("any_errors_fatal"),
                delegateTo != null ? delegateTo : ds.get("delegate_to"), ds.get("run_once"), ds.get("timeout"),
                moduleDefaults(ds.get("module_defaults")));
    }

    /**
     * The {@code collections:} keyword as a list of names, or {@code null} when not written (a single
     * name counts as a list of one, as Ansible's list attribute takes it).
     */
    static List<String> collections(Object value) {
        if (value instanceof io.jplay.yaml.Unsafe u) {
            return collections(u.value());
        }
        if (value == null) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (Object o : value instanceof List<?> l ? l : List.of(value)) {
            if (o != null) {
                out.add(String.valueOf(o instanceof io.jplay.yaml.Unsafe u ? u.value() : o));
            }
        }
        return out;
    }

    /** {@code module_defaults} as one mapping: a list of mappings is merged in order, later entries winning. */
    static Map<String, Object> moduleDefaults(Object value) {
        if (!(value instanceof List<?> list)) {
            return map(value);
        }
        Map<String, Object> merged = new java.util.LinkedHashMap<>();
        for (Object entry : list) {
            Map<String, Object> m = map(entry);
            if (m != null) {
                merged.putAll(m);
            }
        }
        return merged;
    }

    static LoopControl loopControl(Object value) {
        Map<String, Object> m = map(value);
        if (m == null) {
            return LoopControl.DEFAULT;
        }
        Object loopVar = m.get("loop_var");
        Object indexVar = m.get("index_var");
        Object extended = m.get("extended");
        Object allitems = m.get("extended_allitems");
        return new LoopControl(loopVar == null ? null : String.valueOf(loopVar),
                indexVar == null ? null : String.valueOf(indexVar), m.get("label"), m.get("pause"),
                extended != null && io.jplay.python.PyBool.boolean_(extended),
                allitems == null || io.jplay.python.PyBool.boolean_(allitems));
    }

    /** The {@code with_<lookup>} key of a task, or {@code null}. */
    static String withKey(Map<String, Object> ds) {
        for (String k : ds.keySet()) {
            if (k.startsWith("with_")) {
                return k;
            }
        }
        return null;
    }

    /** Python's type name for a value of a YAML document, for "unexpected parameter type" messages. */
    static String pyType(Object value) {
        if (value instanceof Boolean) {
            return "<class 'bool'>";
        }
        if (value instanceof Long || value instanceof java.math.BigInteger) {
            return "<class 'int'>";
        }
        if (value instanceof Double) {
            return "<class 'float'>";
        }
        if (value instanceof List) {
            return "<class 'ansible.parsing.yaml.objects.AnsibleSequence'>";
        }
        if (value instanceof Map) {
            return "<class 'ansible.parsing.yaml.objects.AnsibleMapping'>";
        }
        return "<class 'ansible.parsing.yaml.objects.AnsibleUnicode'>";
    }
}
