package io.jplay.module.builtin;

import io.jplay.module.ModuleRegistry;

/**
 * The modules jplay ships. {@code async_status} is registered by the integrator, who owns it.
 */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    /** A new registry holding every builtin module of this package. */
    public static ModuleRegistry registry() {
        return new ModuleRegistry()
                .register(new CommandModule())
                .register(new ShellModule())
                .register(new RawModule())
                .register(new PingModule())
                .register(new DebugModule())
                .register(new FailModule())
                .register(new SetFactModule())
                .register(new AddHostModule())
                .register(new GroupByModule())
                .register(new SetStatsModule())
                .register(new AssertModule())
                .register(new PauseModule())
                .register(new IncludeVarsModule())
                .register(new SetupModule("setup"))
                .register(new SetupModule("gather_facts"))
                .register(new StatModule())
                .register(new FileModule())
                .register(new CopyModule())
                .register(new TemplateModule())
                .register(new LineInFileModule())
                .register(new SlurpModule())
                .register(new TempfileModule())
                .register(new FetchModule())
                .register(new ScriptModule())
                .register(new WaitForModule());
    }
}
