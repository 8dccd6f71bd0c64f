package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code service}, as Ansible's action plugin: runs the module of the host's service manager
 * ({@code use:}, else the {@code service_mgr} fact, else a {@code setup} run for it) when there is
 * one by that name ({@code systemd}, {@code sysvinit}...), else Ansible's generic {@code service}
 * module; arguments {@code systemd} has no use for are dropped with a warning.
 */
public final class ServiceModule extends ManagerActionModule {
    private static final Map<String, List<String>> UNUSED = Map.of(
            "systemd", List.of("pattern", "runlevel", "sleep", "arguments", "args"));
    private static final Set<String> BUILTIN = Set.of("openwrt_init", "service", "systemd", "sysvinit");

    @Override
    public String name() {
        return "service";
    }

    @Override
    ManagerDispatch.Backend backend(ModuleContext ctx) throws ModuleException, ConnectionException {
        Object use = ctx.args().get("use");
        String manager = use == null ? "auto" : String.valueOf(use).toLowerCase(Locale.ROOT);
        if (manager.equals("auto")) {
            manager = ManagerDispatch.fact(ctx, "service_mgr");
        }
        if (manager.equals("auto")) {
            manager = ManagerDispatch.gathered(ctx, "service_mgr");
        }
        Optional<Module> module = manager.isEmpty() || manager.equals("auto") ? Optional.empty()
                : ManagerDispatch.find(ctx, manager, this);
        if (module.isEmpty()) {
            manager = "ansible.legacy.service";
            module = ctx.actions().findOnTarget(manager);
        }
        if (module.isEmpty()) {
            throw ManagerDispatch.failure("Could not find a module for " + manager + ".");
        }
        Map<String, Object> args = ManagerDispatch.withoutUse(ctx);
        for (String unused : UNUSED.getOrDefault(manager, List.of())) {
            if (args.containsKey(unused)) {
                args.remove(unused);
                ctx.warn("Ignoring \"" + unused + "\" as it is not used in \"" + manager + "\"");
            }
        }
        String runAs = BUILTIN.contains(manager) ? "ansible.legacy." + manager : manager;
        return ManagerDispatch.backend(ctx, module.get(), args, runAs);
    }
}
