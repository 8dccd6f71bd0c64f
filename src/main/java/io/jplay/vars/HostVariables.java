package io.jplay.vars;

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
final class HostVariables extends AbstractMap<String, Object> implements Resolved {
    private static final Set<String> NOT_LISTED = Set.of("hostvars", "groups");
    private final Map<String, Object> vars;
    private final Templater templater;

    HostVariables(Map<String, Object> vars, Templater templater) {
        this.vars = vars;
        this.templater = templater;
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
     * As Ansible's {@code HostVarsVars} templates with {@code fail_on_undefined=False}: a string that
     * uses something undefined is handed back as written; any other error is raised.
     */
    private Object lenient(Object raw) throws TemplateException {
        try {
            return templater.template(raw, vars);
        } catch (TemplateException e) {
            if (!e.isUndefined()) {
                throw e;
            }
        }
        if (raw instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> en : m.entrySet()) {
                out.put(lenient(en.getKey()), lenient(en.getValue()));
            }
            return out;
        }
        if (raw instanceof java.util.List<?> l) {
            java.util.List<Object> out = new java.util.ArrayList<>(l.size());
            for (Object o : l) {
                out.add(lenient(o));
            }
            return out;
        }
        return raw instanceof Unsafe u ? u.value() : raw;
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
