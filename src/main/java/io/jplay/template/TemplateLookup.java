package io.jplay.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code template} lookup: each term's file from the {@code templates} search path, rendered with the
 * task's variables plus Ansible's {@code template_*} variables, {@code ansible_managed} and
 * {@code template_vars}; {@code convert_data=False} keeps the result text.
 */
final class TemplateLookup {
    private TemplateLookup() {
    }

    static List<Object> run(Call c) throws TemplateException {
        Object extra = LazyVars.unwrap(c.kwargs().getOrDefault("template_vars", Map.of()));
        if (!(extra instanceof Map<?, ?> templateVars)) {
            throw LookupFailure.options("Invalid type for configuration option plugin_type: lookup plugin: template "
                    + "setting: template_vars : Invalid type provided for \"dictionary\": " + PythonRepr.repr(extra));
        }
        boolean convert = Ops.truthy(c.kwargs().getOrDefault("convert_data", true));
        List<Object> out = new ArrayList<>();
        for (Object t : c.args()) {
            String term = PythonRepr.str(t);
            Path p = Lookups.find(c, "templates", term);
            if (p == null) {
                c.rt().warnings.accept("Unable to find '" + term + "' in expected paths (use -vvvvv to see paths)");
                throw new TemplateException("the template file " + term + " could not be found for the lookup");
            }
            Map<String, Object> vars = new LinkedHashMap<>(c.rt().vars.raw());
            vars.putAll(TemplateVars.of(term, p, null, c.rt().templater.controller()));
            templateVars.forEach((k, v) -> vars.put(PythonRepr.str(k), v));
            Runtime rt = new Runtime(c.rt().templater, c.rt().lib, vars, c.rt().warnings);
            rt.templateFile = p;
            rt.delimiters = Delimiters.of(c.kwargs());
            Object r = rt.templater.templateSource(Lookups.readDecrypted(c, p, "utf-8"), rt);
            out.add(convert ? r : PythonRepr.str(r));
        }
        return out;
    }
}
