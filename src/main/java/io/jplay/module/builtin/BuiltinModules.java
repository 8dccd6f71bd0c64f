package io.jplay.module.builtin;

import io.jplay.module.ModuleRegistry;
import io.jplay.vault.VaultSecrets;
import io.jplay.yaml.YamlStrings;

/**
 * The modules jplay ships. {@code async_status} is registered by the integrator, who owns it.
 */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    /** A new registry holding every builtin module of this package, knowing no vault secrets. */
    public static ModuleRegistry registry() {
        return registry(VaultSecrets.none());
    }

    /** A new registry whose modules decrypt vaulted controller files ({@code copy} sources...) with {@code vault}. */
    public static ModuleRegistry registry(VaultSecrets vault) {
        return registry(vault, YamlStrings.none());
    }

    /**
     * A new registry whose modules decrypt vaulted controller files with {@code vault} and note the strings of the
     * files {@code include_vars} loads in {@code strings} (the run's, so they are {@code AnsibleUnicode}).
     */
    public static ModuleRegistry registry(VaultSecrets vault, YamlStrings strings) {
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
                .register(new IncludeVarsModule(vault, strings))
                .register(new SetupModule("setup"))
                .register(new SetupModule("gather_facts"))
                .register(new StatModule())
                .register(new FileModule())
                .register(new CopyModule(vault))
                .register(new TemplateModule(vault))
                .register(new LineInFileModule())
                .register(new SlurpModule())
                .register(new TempfileModule())
                .register(new FetchModule())
                .register(new ScriptModule())
                .register(new WaitForModule())
                .register(new WaitForConnectionModule())
                .register(new ValidateArgumentSpecModule())
                .register(new PackageModule())
                .register(new ServiceModule())
                .register(new AssembleModule(vault))
                .register(new UnarchiveModule(vault));
    }
}
