package io.jplay.module.builtin;

import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        for (Object name : spec.keySet()) {
            Object v = ctx.vars().get(String.valueOf(name));
            if (v != null || ctx.vars().containsKey(String.valueOf(name))) {
                try {
                    values.put(String.valueOf(name), ctx.template(v));
                } catch (TemplateException e) {
                    throw new ModuleException(e.getMessage());
                }
            }
        }
        given.forEach((k, v) -> values.put(String.valueOf(k), v));
        ArgSpec.Validation validation = specOf(spec).check(null, values);
        if (!validation.errors().isEmpty()) {
            result.put("failed", true);
            result.put("msg", "Validation of arguments failed:\n" + String.join("\n", validation.errors()));
            result.put("argument_spec_data", spec);
            result.put("argument_errors", validation.errors());
            return result;
        }
        result.put("changed", false);
        result.put("msg", "The arg spec validation passed");
        return result;
    }

    /** An argument spec written as data ({@code type}, {@code required}, {@code default}, {@code choices}...). */
    static ArgSpec specOf(Map<?, ?> spec) {
        ArgSpec.Builder b = ArgSpec.builder();
        spec.forEach((name, attrs) -> {
            Map<?, ?> a = attrs instanceof Map<?, ?> m ? m : Map.of();
            ArgOption o = ArgOption.of(String.valueOf(name), type(a.get("type")));
            if (Boolean.TRUE.equals(a.get("required"))) {
                o = o.asRequired();
            }
            if (a.get("default") != null) {
                o = o.withDefault(a.get("default"));
            }
            if (a.get("aliases") instanceof List<?> aliases) {
                o = o.withAliases(aliases.stream().map(String::valueOf).toArray(String[]::new));
            }
            if (a.get("choices") instanceof List<?> choices) {
                o = o.withChoices(choices.toArray());
            }
            if (a.get("elements") != null) {
                o = o.withElements(type(a.get("elements")));
            }
            b.option(o);
        });
        return b.build();
    }

    /** A spec's type name as jplay's argument type; a type jplay does not convert is taken as it is. */
    private static ArgType type(Object name) {
        String t = name == null ? "str" : String.valueOf(name).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "str", "int", "float", "bool", "list", "dict", "path", "raw" -> ArgType.valueOf(t.toUpperCase(Locale.ROOT));
            default -> ArgType.RAW;
        };
    }
}
