package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code config} lookup: Ansible settings by their {@code ansible.constants} name. */
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
        if (!(missing instanceof String m) || !List.of("error", "warn", "skip").contains(m)) {
            throw LookupFailure.options("\"on_missing\" must be a string and one of \"error\", \"warn\" or \"skip\", not "
                    + PythonRepr.str(missing));
        }
        if (ptype != null) {
            throw new TemplateException("jplay cannot read plugin settings with lookup('config'): "
                    + PythonRepr.str(ptype) + " " + PythonRepr.str(pname));
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
