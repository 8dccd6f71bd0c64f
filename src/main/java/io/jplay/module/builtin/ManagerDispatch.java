package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The part {@code package} and {@code service} share, as Ansible's action plugins do it: which
 * manager the host has (its fact, else a {@code setup} run for that one fact), and running the
 * module of that manager with the task's arguments less {@code use}.
 */
final class ManagerDispatch {
    /** The module that does the work and the context it runs in (its arguments and action name). */
    record Backend(Module module, ModuleContext context) {
        Map<String, Object> run() throws ModuleException, ConnectionException {
            return module.run(context);
        }
    }

    private ManagerDispatch() {
    }

    /**
     * The host's {@code ansible_facts[fact]} (the delegated host's under {@code delegate_to}), or
     * {@code auto} when it is not known.
     */
    static String fact(ModuleContext ctx, String fact) {
        String delegate = ctx.actions().delegateTo();
        String expr = delegate == null ? "{{ansible_facts." + fact + "}}"
                : "{{hostvars['" + delegate + "']['ansible_facts']['" + fact + "']}}";
        try {
            return String.valueOf(ctx.template(expr));
        } catch (TemplateException | RuntimeException e) {
            return "auto";
        }
    }

    /** Asks {@code setup} for the one fact {@code ansible_<fact>}; {@code auto} when it does not answer. */
    static String gathered(ModuleContext ctx, String fact) throws ConnectionException {
        Optional<Module> setup = ctx.actions().find("ansible.legacy.setup");
        if (setup.isEmpty()) {
            return "auto";
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("gather_subset", "!all");
        args.put("filter", "ansible_" + fact);
        try {
            Map<String, Object> result = setup.get().run(new ArgsOverride(ctx, args, "ansible.legacy.setup"));
            Object value = result.get("ansible_facts") instanceof Map<?, ?> facts ? facts.get("ansible_" + fact) : null;
            return value == null ? "auto" : String.valueOf(value);
        } catch (ModuleException e) {
            return "auto";
        }
    }

    /** The module {@code name} finds for the task; the target-side one when the name finds {@code self}. */
    static Optional<Module> find(ModuleContext ctx, String name, Module self) {
        Optional<Module> found = ctx.actions().find(name);
        if (found.isPresent() && found.get().getClass() == self.getClass()) {
            return ctx.actions().findOnTarget(name);
        }
        return found;
    }

    /** The backend run as {@code runAs} with {@code args} over its {@code module_defaults}. */
    static Backend backend(ModuleContext ctx, Module module, Map<String, Object> args, String runAs)
            throws ModuleException {
        try {
            return new Backend(module, new ArgsOverride(ctx, ctx.actions().withDefaults(module, args), runAs));
        } catch (TemplateException e) {
            throw new ModuleException(e.getMessage());
        }
    }

    /** The task's arguments without {@code use}. */
    static Map<String, Object> withoutUse(ModuleContext ctx) {
        Map<String, Object> args = new LinkedHashMap<>(ctx.args());
        args.remove("use");
        return args;
    }

    /** The failure of an action plugin ({@code AnsibleActionFail}): Ansible adds an empty traceback. */
    static ModuleException failure(String message) {
        return new ModuleException(message, Map.of("changed", false, "exception", "NoneType: None\n"));
    }
}
