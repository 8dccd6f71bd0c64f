package io.jplay.module.builtin;

import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyRepr;
import io.jplay.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code debug}: prints {@code msg} (default {@code Hello world!}) or the value of {@code var},
 * when the run's verbosity reaches {@code verbosity}; otherwise the task is skipped.
 */
public final class DebugModule implements Module {
    static final String UNDEFINED = "VARIABLE IS NOT DEFINED!";

    @Override
    public String name() {
        return "debug";
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
        ActionArgs.requireValid("debug", args, Set.of("msg", "var", "verbosity"));
        if (args.containsKey("msg") && args.containsKey("var")) {
            throw new ModuleException("'msg' and 'var' are incompatible options");
        }
        long verbosity = 0;
        if (args.get("verbosity") != null) {
            try {
                verbosity = (Long) ArgType.INT.convert(args.get("verbosity"));
            } catch (IllegalArgumentException | ClassCastException e) {
                throw new ModuleException("argument 'verbosity' is of type " + PyRepr.typeName(args.get("verbosity"))
                        + " and we were unable to convert to int: " + e.getMessage());
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (verbosity > ctx.verbosity()) {
            result.put("changed", false);
            result.put("skipped_reason", "Verbosity threshold not met.");
            result.put("skipped", true);
            return result;
        }
        if (args.containsKey("var")) {
            Object var = args.get("var");
            String key = var instanceof String s ? s : PyRepr.typeName(var);
            result.put(key, valueOf(ctx, var));
        } else {
            result.put("msg", args.getOrDefault("msg", "Hello world!"));
        }
        result.put("_ansible_verbose_always", true);
        result.put("changed", false);
        return result;
    }

    /**
     * As Ansible's debug action: only an undefined variable shows as {@code VARIABLE IS NOT DEFINED!} (with
     * the reason from {@code -v} on); any other template error fails the task with its message.
     */
    private static Object valueOf(ModuleContext ctx, Object var) throws ModuleException {
        try {
            if (var instanceof String s) {
                // "{{" + var + "}}" of an unsafe var stays unsafe in Ansible (AnsibleUnsafeText's __radd__), so it is
                // shown as it is, never evaluated
                String expression = "{{" + s + "}}";
                return io.jplay.template.UnsafeOrigins.fromUnsafe(ctx.vars(), s) ? expression : ctx.template(expression);
            }
            Object value = ctx.template(var);
            if (value.equals(var)) {
                // Ansible raises an undefined-variable error without a message for a list or dict that templates to itself
                return ctx.verbosity() > 0 ? UNDEFINED + ": " : UNDEFINED;
            }
            return value;
        } catch (TemplateException e) {
            if (!e.isUndefined()) {
                throw ModuleException.raised(e.getMessage());
            }
            return ctx.verbosity() > 0 ? UNDEFINED + ": " + e.getMessage() + ". " + e.getMessage() : UNDEFINED;
        }
    }
}
