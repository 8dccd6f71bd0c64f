package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts from Ansible's own {@code setup} module, run as Python on the target: what {@code setup} and
 * {@code gather_facts} answer when the controller has ansible-core and the target has Python, so that
 * every fact is Ansible's. {@link #gather} says "no" (empty) when either is missing, and the caller
 * gathers its {@code sh} facts instead.
 */
final class PythonFacts {
    private PythonFacts() {
    }

    /**
     * Runs Ansible's setup module for the task, shaped as {@code action} ({@code setup} or {@code gather_facts},
     * Ansible's action plugin) answers; empty when there is no such module or the target has no interpreter for it.
     */
    static Optional<Map<String, Object>> gather(ModuleContext ctx, String action) throws ModuleException, ConnectionException {
        Optional<Module> setup = ctx.actions().findOnTarget("setup");
        if (setup.isEmpty()) {
            return Optional.empty();
        }
        boolean gatherFacts = action.equals("gather_facts");
        Map<String, Object> args = new LinkedHashMap<>();
        ctx.args().forEach((k, v) -> {
            if (!gatherFacts || v != null && !k.equals("parallel")) {
                args.put(k, v);
            }
        });
        Map<String, Object> result;
        try {
            // module_defaults are keyed by the name the task would resolve: jplay's own setup answers to it
            Module named = ctx.actions().find("ansible.legacy.setup").orElse(setup.get());
            Map<String, Object> withDefaults = gatherFacts ? ctx.actions().withDefaults(named, args) : args;
            result = runCatching(setup.get(), new ArgsOverride(ctx, withDefaults, gatherFacts ? "ansible.legacy.setup" : null));
        } catch (TemplateException e) {
            throw new ModuleException(e.getMessage());
        }
        if (noInterpreter(result)) {
            return Optional.empty();
        }
        if (gatherFacts) {
            return Optional.of(asGatherFacts(result));
        }
        Map<String, Object> shown = new LinkedHashMap<>(result);
        shown.put("_ansible_verbose_override", true);
        return Optional.of(shown);
    }

    private static Map<String, Object> runCatching(Module setup, ModuleContext ctx) throws ConnectionException {
        try {
            return setup.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    /** The interpreter could not be started: the shell's "not found" (127) before the module printed anything. */
    private static boolean noInterpreter(Map<String, Object> result) {
        Object rc = result.get("rc");
        return Boolean.TRUE.equals(result.get("failed")) && rc instanceof Number n && n.intValue() == 127
                && "".equals(result.getOrDefault("module_stdout", ""));
    }

    /** The gather_facts action's result from its one setup run: facts, warnings and deprecations, or the failure. */
    private static Map<String, Object> asGatherFacts(Map<String, Object> setup) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(setup.get("failed"))) {
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("ansible.legacy.setup", setup);
            result.put("failed", true);
            result.put("msg", "The following modules failed to execute: ansible.legacy.setup\n");
            result.put("failed_modules", failed);
        } else {
            if (setup.get("ansible_facts") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> facts.put(String.valueOf(k), v));
            }
            result.put("warnings", list(setup.get("warnings")));
            result.put("deprecations", list(setup.get("deprecations")));
        }
        facts.put("_ansible_facts_gathered", true);
        result.put("ansible_facts", facts);
        result.put("_ansible_verbose_override", true);
        return result;
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
    }
}
