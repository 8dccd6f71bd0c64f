package io.jplay.module.builtin;

import io.jplay.module.LoadedStrings;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code validate_argument_spec}, Ansible's action plugin (the task a role with {@code meta/argument_specs.yml}
 * starts with): the arguments are the variables named in the spec, templated, with {@code provided_arguments}
 * over them, checked as a module's arguments are, every error reported.
 */
public final class ValidateArgumentSpecModule implements Module {

    @Override
    public String name() {
        return "validate_argument_spec";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public boolean controllerOnly() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
        Map<String, Object> args = ctx.args();
        Map<String, Object> result = new LinkedHashMap<>();
        Object context = args.get("validate_args_context");
        result.put("validate_args_context", context == null ? new LinkedHashMap<>() : context);
        if (!args.containsKey("argument_spec")) {
            throw new ModuleException("\"argument_spec\" arg is required in args: " + io.jplay.python.PyRepr.repr(args));
        }
        if (!(args.get("argument_spec") instanceof Map<?, ?> spec)) {
            throw new ModuleException("Incorrect type for argument_spec, expected dict and got "
                    + io.jplay.python.PyRepr.typeName(args.get("argument_spec")));
        }
        Object provided = args.getOrDefault("provided_arguments", Map.of());
        if (!(provided instanceof Map<?, ?> given)) {
            throw new ModuleException("Incorrect type for provided_arguments, expected dict and got "
                    + io.jplay.python.PyRepr.typeName(provided));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        LoadedStrings loaded = new LoadedStrings(ctx.vars());
        for (Object key : spec.keySet()) {
            String name = String.valueOf(key);
            Object raw = ctx.vars().get(name);
            if (raw == null && !ctx.vars().containsKey(name) && !given.containsKey(name)) {
                continue;
            }
            Object value;
            try {
                value = given.containsKey(name) ? given.get(name) : ctx.template(raw);
            } catch (TemplateException e) {
                throw new ModuleException(e.getMessage());
            }
            loaded.add(raw, value);
            values.put(name, value);
        }
        given.forEach((k, v) -> values.putIfAbsent(String.valueOf(k), v));
        List<String> errors = new SpecDataValidator(loaded::typeName).validate(spec, values);
        if (!errors.isEmpty()) {
            result.put("failed", true);
            result.put("msg", "Validation of arguments failed:\n" + String.join("\n", errors));
            result.put("argument_spec_data", spec);
            result.put("argument_errors", errors);
            return result;
        }
        result.put("changed", false);
        result.put("msg", "The arg spec validation passed");
        return result;
    }
}
