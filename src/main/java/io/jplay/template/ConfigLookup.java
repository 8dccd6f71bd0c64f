package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code config} lookup: Ansible settings by their {@code ansible.constants} name; a plugin's settings
 * ({@code plugin_type}, {@code plugin_name}) through ansible-core's own lookup.
 */
final class ConfigLookup {
    private ConfigLookup() {
    }

    static List<Object> run(Call c) throws TemplateException {
        Object missing = c.kwargs().getOrDefault("on_missing", "error");
        Object ptype = c.kwargs().get("plugin_type");
        Object pname = c.kwargs().get("plugin_name");
        if ((ptype != null || pname != null) && !(ptype != null && pname != null)) {
            throw LookupFailure.options("Both plugin_type and plugin_name are required, cannot use one without the other");
        }
        if (missing instanceof String bad && !List.of("error", "warn", "skip").contains(bad)) {
            throw LookupFailure.options("Invalid value \"" + bad + "\" for configuration option \"plugin_type: lookup "
                    + "plugin: config setting: on_missing \", valid values are: error, skip, warn");
        }
        if (!(missing instanceof String m)) {
            throw LookupFailure.options("\"on_missing\" must be a string and one of \"error\", \"warn\" or \"skip\", not "
                    + PythonRepr.str(missing));
        }
        if (ptype != null) {
            // a plugin's settings come from its documentation, which ansible-core's own lookup reads
            return c.rt().lib.pythonLookup("ansible.builtin.config", c);
        }
        List<Object> out = new ArrayList<>();
        for (Object t : c.args()) {
            if (!(LazyVars.unwrap(t) instanceof String term)) {
                throw LookupFailure.options("Invalid setting identifier, \"" + PythonRepr.str(t)
                        + "\" is not a string, its a <class '" + PythonRepr.typeName(t) + "'>");
            }
            Optional<Optional<Object>> v = c.rt().templater.controller().setting(term);
            if (v.isPresent()) {
                out.add(v.get().orElse(null));
                continue;
            }
            // a setting jplay does not model: ansible-core's own lookup reads it (or refuses it) where it runs
            Optional<List<Object>> read = c.rt().lib.pythonLookupWherePythonRuns("ansible.builtin.config",
                    new Call(c.value(), List.of(term), c.kwargs(), c.scope()));
            if (read.isPresent()) {
                out.addAll(read.get());
            } else if (m.equals("error")) {
                throw LookupFailure.handled("Unable to find setting " + term + ". module 'ansible.constants' has no attribute '"
                        + term + "'. module 'ansible.constants' has no attribute '" + term + "'");
            } else if (m.equals("warn")) {
                c.rt().warnings.accept("Skipping, did not find setting " + term);
            }
        }
        return out;
    }
}
