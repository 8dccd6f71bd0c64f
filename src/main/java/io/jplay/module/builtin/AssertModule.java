package io.jplay.module.builtin;

import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyRepr;
import io.jplay.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code assert}: evaluates each condition of {@code that} in order; the first false one fails the
 * host with {@code assertion}, {@code evaluated_to: false} and {@code fail_msg} (or {@code msg}).
 */
public final class AssertModule implements Module {

    @Override
    public String name() {
        return "assert";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public boolean controllerOnly() {
        return true;
    }

    /**
     * {@code that} as the assert plugin takes it: from the task as written (a text is templated once, list items
     * stay as written, so the conditional sees their delimiters), else the templated argument.
     */
    private static Object untemplatedThat(ModuleContext ctx, Object templated) throws ModuleException {
        Object raw = ctx.actions().untemplatedArgs().get("that");
        if (raw == null) {
            return templated;
        }
        Object plain = raw instanceof io.jplay.yaml.Unsafe u ? u.value() : raw;
        if (!(plain instanceof String)) {
            return raw;
        }
        try {
            return ctx.template(raw);
        } catch (TemplateException e) {
            throw new ModuleException(e.getMessage());
        }
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
        Map<String, Object> args = ctx.args();
        ActionArgs.requireValid("assert", args, Set.of("fail_msg", "msg", "quiet", "success_msg", "that"));
        if (!args.containsKey("that")) {
            throw new ModuleException("conditional required in \"that\" string");
        }
        Object failMsg = message(args.containsKey("fail_msg") ? args.get("fail_msg") : args.get("msg"),
                "Assertion failed", "fail_msg or msg");
        Object successMsg = message(args.get("success_msg"), "All assertions passed", "success_msg");
        boolean quiet = args.get("quiet") != null && lenientBool(args.get("quiet"));
        Object that = untemplatedThat(ctx, args.get("that"));
        List<?> conditions = that instanceof List<?> l ? l : List.of(that);
        Map<String, Object> result = new LinkedHashMap<>();
        if (!quiet) {
            result.put("_ansible_verbose_always", true);
        }
        for (Object condition : conditions) {
            boolean ok;
            try {
                ok = ctx.isTrue(condition);
            } catch (TemplateException e) {
                // raised by the action (Ansible's AnsibleError): no changed key in the result
                throw ModuleException.raised("The conditional check '" + PyRepr.str(condition) + "' failed. The error was: "
                        + e.reported());
            }
            if (!ok) {
                result.put("failed", true);
                result.put("evaluated_to", false);
                result.put("assertion", condition);
                result.put("msg", failMsg);
                result.put("changed", false);
                return result;
            }
        }
        result.put("changed", false);
        result.put("msg", successMsg);
        return result;
    }

    private static Object message(Object value, String fallback, String label) throws ModuleException {
        if (value == null) {
            return fallback;
        }
        if (value instanceof List<?> list) {
            if (!list.stream().allMatch(x -> x instanceof String)) {
                throw new ModuleException("Type of one of the elements in " + label + " list is not string type");
            }
            return value;
        }
        if (!(value instanceof String)) {
            throw new ModuleException("Incorrect type for " + label + ", expected a string or list and got "
                    + PyRepr.typeName(value));
        }
        return value;
    }

    private static boolean lenientBool(Object value) {
        try {
            return ArgType.toBool(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
