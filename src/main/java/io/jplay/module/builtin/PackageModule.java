package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code package}, as Ansible's action plugin: runs the module of the host's package manager
 * ({@code use:}, else the {@code pkg_mgr} fact, else a {@code setup} run for it) with the task's
 * arguments, so the result is that module's ({@code apt}, {@code dnf}...). Async when the manager's
 * module is.
 */
public final class PackageModule extends ManagerActionModule {
    /** Ansible's own package manager modules, run as {@code ansible.legacy.<name>}. */
    private static final Set<String> BUILTIN = ManagerFacts.PKG_MGRS.stream().map(Map.Entry::getValue)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public String name() {
        return "package";
    }

    @Override
    ManagerDispatch.Backend backend(ModuleContext ctx) throws ModuleException, ConnectionException {
        Object use = ctx.args().get("use");
        String manager = use == null ? "auto" : String.valueOf(use);
        if (manager.equals("auto")) {
            manager = ManagerDispatch.fact(ctx, "pkg_mgr");
        }
        if (manager.equals("auto")) {
            manager = ManagerDispatch.gathered(ctx, "pkg_mgr");
        }
        if (manager.equals("auto")) {
            throw ManagerDispatch.failure(
                    "Could not detect which package manager to use. Try gathering facts or setting the \"use\" option.");
        }
        Optional<Module> module = ManagerDispatch.find(ctx, manager, this);
        if (module.isEmpty()) {
            throw ManagerDispatch.failure("Could not find a module for " + manager + ".");
        }
        String runAs = BUILTIN.contains(manager) ? "ansible.legacy." + manager : manager;
        return ManagerDispatch.backend(ctx, module.get(), ManagerDispatch.withoutUse(ctx), runAs);
    }
}
