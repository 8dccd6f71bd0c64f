package io.jplay.vars;

import io.jplay.template.PythonClass;
import io.jplay.template.Resolved;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import io.jplay.yaml.Unsafe;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One host's variables as {@code hostvars[host]} shows them: each value is templated when read, in
 * that host's own scope, as Ansible's {@code HostVarsVars} does. Listing them leaves out the magic
 * variables that would list every host again ({@code hostvars}, {@code groups}).
 */
final class HostVariables extends AbstractMap<String, Object> implements Resolved, PythonClass {
    private static final Set<String> NOT_LISTED = Set.of("hostvars", "groups", "vars");
    private final Map<String, Object> vars;
    private final Templater templater;

    HostVariables(Map<String, Object> vars, Templater templater) {
        this.vars = vars;
        this.templater = templater;
    }

    @Override
    public String pythonClass() {
        return "ansible.vars.hostvars.HostVarsVars";
    }

    @Override
    public Object get(Object key) {
        if (!vars.containsKey(key)) {
            return null;
        }
        Object raw = vars.get(key);
        if (templater == null) {
            return raw instanceof Unsafe u ? u.value() : raw;
        }
        try {
            return lenient(raw);
        } catch (TemplateException e) {
            throw new TemplateException.Unchecked(e);
        }
    }

    /**
     * Templated as Ansible's {@code HostVarsVars} does, with {@code fail_on_undefined=False}: a string that
     * names an undefined variable stays as written; lists and mappings are templated item by item.
     */
    private Object lenient(Object raw) throws TemplateException {
        if (raw instanceof java.util.List<?> list) {
            java.util.List<Object> out = new java.util.ArrayList<>(list.size());
            for (Object item : list) {
                out.add(lenient(item));
            }
            return out;
        }
        if (raw instanceof Map<?, ?> map && !(raw instanceof Resolved)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(lenient(e.getKey()), lenient(e.getValue()));
            }
            return out;
        }
        try {
            return templater.template(raw, vars);
        } catch (TemplateException e) {
            if (e.kind() == TemplateException.Kind.UNDEFINED) {
                return raw;
            }
            throw e;
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return vars.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String key : vars.keySet()) {
            if (!NOT_LISTED.contains(key)) {
                all.put(key, get(key));
            }
        }
        return all.entrySet();
    }
}
