package io.jplay.module.python;

import io.jplay.module.Module;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's Python modules: resolution of action names to module code, the payload cache and the
 * settings they run with. One instance per run, shared by every worker thread.
 */
public final class PythonModules {
    private static final java.time.Duration RUNNER_START_LIMIT = java.time.Duration.ofSeconds(30);
    private final ModuleResolver resolver;
    private final PythonSettings settings;
    private final PayloadCache payloads;
    private final List<String> triedPythons;
    private final Map<String, PythonModule> modules = new ConcurrentHashMap<>();
    private final ModuleRunners runners;

    public PythonModules(ModuleResolver resolver, PythonSettings settings, List<String> triedPythons) {
        this.resolver = resolver;
        this.settings = settings;
        this.payloads = new PayloadCache(resolver);
        this.triedPythons = List.copyOf(triedPythons);
        this.runners = new ModuleRunners(settings.moduleRunner(), RUNNER_START_LIMIT);
    }

    public ModuleResolver resolver() {
        return resolver;
    }

    /** The module for an action name as written, with the task's {@code collections:}. */
    public Optional<Module> find(String action, List<String> collections) {
        ModuleResolver.Resolution r = resolver.resolve(action, collections);
        return r.found().map(source -> modules.computeIfAbsent(source.fqcn() + "|" + source.file(),
                k -> new PythonModule(source, this)));
    }

    PythonSettings settings() {
        return settings;
    }

    PayloadCache payloads() {
        return payloads;
    }

    Optional<AnsibleInstall> install() {
        return resolver.install();
    }

    ModuleRunners runners() {
        return runners;
    }

    List<String> triedPythons() {
        return triedPythons;
    }
}
