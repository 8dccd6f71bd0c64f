package io.jplay.cli;

import io.jplay.async.AsyncTaskRunner;
import io.jplay.config.AnsibleConfig;
import io.jplay.config.RunEnvironment;
import io.jplay.connection.ssh.SshClientConfig;
import io.jplay.connection.ssh.SshOptions;
import io.jplay.connection.ssh.TransportFactory;
import io.jplay.executor.AsyncExecution;
import io.jplay.executor.FatalRunError;
import io.jplay.executor.RunOptions;
import io.jplay.executor.RunServices;
import io.jplay.executor.TaskFileLoader;
import io.jplay.inventory.Inventory;
import io.jplay.inventory.InventoryException;
import io.jplay.inventory.InventoryLoader;
import io.jplay.inventory.InventorySettings;
import io.jplay.inventory.VarsFiles;
import io.jplay.module.ModuleRegistry;
import io.jplay.module.builtin.AsyncStatusModule;
import io.jplay.module.builtin.BuiltinModules;
import io.jplay.output.RunListener;
import io.jplay.playbook.parse.PlaybookParser;
import io.jplay.template.AnsibleTemplater;
import io.jplay.vars.PlaybookVarsSource;
import io.jplay.vault.VaultSecrets;
import io.jplay.yaml.VaultedFileException;
import io.jplay.yaml.YamlLimits;
import io.jplay.yaml.YamlLoader;
import io.jplay.yaml.YamlStrings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One invocation's wiring: the configuration, the options and the collaborators the executor needs,
 * built from them. Everything that prints goes through the listener it makes.
 */
final class Session {
    final AnsibleConfig config;
    final JplayCommand cmd;
    /** The plugin filter read when the playbook parser is made; null before. */
    private io.jplay.module.ModuleFilter moduleFilter;
    final RunOptions options;
    final RunEnvironment environment;
    final Map<String, String> env;
    final Path cwd;
    final Terminal terminal;
    final YamlLoader yaml;
    final ModuleRegistry modules;
    final io.jplay.module.python.PythonModules python;
    final AsyncTaskRunner asyncRunner;
    final io.jplay.plugin.PythonPlugins plugins;
    private final SshClientConfig sshConfig = new SshClientConfig();
    private RunListener listener;
    private final java.util.Set<Object> shownDeprecations = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private TransportFactory connections;
    private final AsyncProgressLine progress;
    private final VaultSecrets vault;

    Session(AnsibleConfig config, JplayCommand cmd, RunOptions options, RunEnvironment environment, Terminal terminal,
            VaultSecrets vault) {
        this.config = config;
        this.cmd = cmd;
        this.options = options;
        this.environment = environment;
        this.env = environment.env();
        this.cwd = environment.cwd();
        this.asyncRunner = new AsyncTaskRunner(new SecureRandom(), environment.sleeper());
        this.terminal = terminal;
        this.vault = vault;
        this.yaml = new YamlLoader(this::warn, vault, new YamlLimits(config.yamlMaxDepth(), config.yamlMaxBytes()),
                new YamlStrings());
        this.modules = BuiltinModules.registry(vault, yaml.strings()).register(new AsyncStatusModule(options.asyncDir()))
                .register(new io.jplay.module.builtin.JobsModule(options.asyncDir()));
        this.python = PythonModuleSetup.create(config, env, yaml);
        this.plugins = PythonModuleSetup.plugins(config, env, cwd, python);
        this.progress = showsProgress(config, cmd, env, terminal)
                ? new AsyncProgressLine(asyncRunner.activeJobs(), terminal.status()) : null;
    }

    /**
     * The live async progress line: on a terminal only, unless {@code --no-progress}, the
     * {@code progress} setting or a non-empty {@code JPLAY_NO_PROGRESS} turns it off.
     */
    static boolean showsProgress(AnsibleConfig config, JplayCommand cmd, Map<String, String> env, Terminal terminal) {
        String off = env.get("JPLAY_NO_PROGRESS");
        return terminal.status() != null && !cmd.noProgress && config.progress() && (off == null || off.isEmpty());
    }

    /** A native module first, else a Python module as Ansible would find it. */
    java.util.Optional<io.jplay.module.Module> findModule(String action) {
        return findModule(action, List.of());
    }

    /**
     * As Ansible: a short name is looked up in the task's {@code collections:} first (every module
     * there is Python), then natively, then as {@code ansible.legacy}.
     */
    java.util.Optional<io.jplay.module.Module> findModule(String action, List<String> collections) {
        if (!action.contains(".")) {
            for (String collection : collections) {
                if (!isBuiltinCollection(collection)) {
                    java.util.Optional<io.jplay.module.Module> found = python.find(collection + "." + action, List.of());
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        java.util.Optional<io.jplay.module.Module> nativeModule = modules.lookup(action);
        return nativeModule.isPresent() ? nativeModule : python.find(action, List.of());
    }

    private static boolean isBuiltinCollection(String name) {
        return name.equals("ansible.builtin") || name.equals("ansible.legacy");
    }

    private io.jplay.executor.ModuleLookup moduleLookup() {
        return new io.jplay.executor.ModuleLookup() {
            @Override
            public java.util.Optional<io.jplay.module.Module> find(String name) {
                return findModule(name);
            }

            @Override
            public java.util.Optional<io.jplay.module.Module> find(String name, List<String> collections) {
                return findModule(name, collections);
            }

            @Override
            public java.util.Optional<io.jplay.module.Module> findOnTarget(String name) {
                return python.find(name, List.of());
            }

            @Override
            public List<String> actionGroup(String group) {
                return python.resolver().actionGroup(group);
            }
        };
    }

    /**
     * Whether a task's action exists, as the parser asks: routing deprecations met on the way are
     * shown (once each), a removed module fails the parse.
     */
    private boolean isAction(String name, List<String> collections) {
        if (moduleFilter != null && !moduleFilter.allows(name)) {
            return false; // Ansible's plugin filter: the name resolves to nothing
        }
        List<String> searched = name.contains(".") ? List.of()
                : collections.stream().filter(c -> !isBuiltinCollection(c)).toList();
        if (searched.isEmpty() && (modules.contains(name)
                || ControllerActions.NAMES.contains(ModuleRegistry.shortName(name)))) {
            return true;
        }
        io.jplay.module.python.ModuleResolver.Resolution r = python.resolver().resolve(name, searched);
        if (r.source() == null && r.removed() == null && (modules.contains(name)
                || ControllerActions.NAMES.contains(ModuleRegistry.shortName(name)))) {
            return true;
        }
        for (io.jplay.module.python.ModuleResolver.Deprecation d : r.deprecations()) {
            if (config.deprecationWarnings() && shownDeprecations.add(d)) {
                listener().deprecated(new RunListener.Deprecation(d.msg(), d.version(), d.date(), d.collection()));
            }
        }
        if (r.removed() != null) {
            throw new io.jplay.playbook.parse.ActionRemovedException(r.removed());
        }
        return r.source() != null;
    }

    /** Replaces the output of this run (for commands with their own rendering, like {@code jplay jobs}). */
    void useListener(RunListener replacement) {
        this.listener = replacement;
    }

    /** The output for this run (made on first use, so that early warnings go through it too). */
    RunListener listener() {
        if (listener == null) {
            RunListener outputs = new Outputs(config, options, cmd, terminal, environment).create();
            listener = progress == null ? outputs : new io.jplay.output.CompositeListener(List.of(outputs, progress));
        }
        return listener;
    }

    /**
     * As Ansible's commands start: their version at {@code -vv}, the configuration file in use at {@code -v}, then
     * the deprecated setting names in use.
     */
    void announce() {
        if (options.verbosity() >= 2) {
            terminal.out().print(VersionText.of(config, environment.version()));
        }
        if (options.verbosity() >= 1) {
            terminal.out().println(io.jplay.output.DefaultCallback.configFileMessage(config.configFile().orElse(null)));
        }
        if (config.deprecationWarnings()) {
            for (io.jplay.config.AnsibleConfig.Deprecated d : config.deprecations()) {
                listener().deprecated(new RunListener.Deprecation(d.msg(), d.version(), null, "ansible.builtin"));
            }
        }
    }

    void warn(String message) {
        listener().warning(message);
    }

    Inventory inventory(String pattern) throws CliException {
        List<String> sources = cmd.inventory.isEmpty() ? config.inventory() : cmd.inventory;
        Inventory inventory;
        InventoryLoader loader = new InventoryLoader(this::warn, listener()::error, line -> listener().verbose(3, line),
                yaml, inventorySettings());
        try {
            // meta: refresh_inventory reads the same sources again
            inventory = new io.jplay.inventory.RunInventory(loader.load(sources, cwd, pattern),
                    () -> loader.load(sources, cwd, pattern));
        } catch (InventoryException e) {
            RuntimeException vaulted = fatalIfVaulted(e);
            if (vaulted != e) {
                throw vaulted;
            }
            // an AnsibleError while loading (no plugin enabled, any_unparsed_is_failed...): exit 1
            throw new CliException(e.getMessage(), ExitCodes.ERROR);
        }
        if (!inventory.hosts().isEmpty()) {
            // hosts beyond the implicit localhost usually mean SSH: get its slow first setup going now
            sshConfig.warmUp();
        }
        return inventory;
    }

    /** Ansible's inventory settings; {@code constructed} configs template with the run's templater. */
    private InventorySettings inventorySettings() {
        AnsibleTemplater templater = new AnsibleTemplater(this::warn, new ConfigController(config, environment, vault, yaml.strings()));
        return new InventorySettings(config.inventoryPlugins(), config.inventoryUnparsedWarning(),
                config.inventoryUnparsedIsFailed(), config.inventoryAnyUnparsedIsFailed(),
                config.transformInvalidGroupChars(), config.localhostWarning(), environment.home(), (text, vars) -> {
                    try {
                        return templater.template(text, vars);
                    } catch (io.jplay.template.TemplateException e) {
                        // Ansible's AnsibleUndefinedVariable carries the Jinja error twice
                        throw e.isUndefined() ? new io.jplay.template.TemplateException(e.getMessage() + ". "
                                + e.getMessage(), e) : e;
                    }
                }, new BridgedInventoryPlugins(plugins, this::warn), config.inventoryScriptStderr(), options.extraVars(),
                config.inventoryUseExtraVars(), "merge".equals(config.hashBehaviour()));
    }

    /**
     * Ansible's check before a run: with hosts in the inventory, the pattern and {@code --limit} must
     * leave at least one (the limit's unmatched terms are warned about here, once).
     */
    void requireTargets(Inventory inventory, String pattern) throws CliException {
        if (inventory.hosts().isEmpty()) {
            return;
        }
        List<io.jplay.inventory.Host> targets;
        try {
            List<String> limit = options.limit() == null ? List.of()
                    : io.jplay.inventory.HostPattern.limitTerms(options.limit(), cwd);
            targets = inventory.select(pattern, limit, this::warn);
        } catch (InventoryException e) {
            throw new CliException(e.getMessage(), ExitCodes.ERROR);
        }
        if (targets.isEmpty()) {
            throw new CliException("Specified inventory, host pattern and/or --limit leaves us with no hosts to target.",
                    ExitCodes.ERROR);
        }
    }

    PlaybookParser parser() throws CliException {
        moduleFilter = moduleFilter();
        List<Path> rolesPath = new ArrayList<>();
        for (String p : config.rolesPath()) {
            rolesPath.add(Path.of(p));
        }
        return new PlaybookParser(yaml, this::isAction, this::knownActions, rolesPath, this::warn, this::addPluginDirs,
                this::collectionDir).reportingDeprecationsTo((msg, version) -> {
                    if (config.deprecationWarnings()) {
                        listener().deprecated(new RunListener.Deprecation(msg, version, null, null));
                    }
                });
    }

    /** The plugin filter file's module rejection list, read as Ansible reads it when it starts. */
    private io.jplay.module.ModuleFilter moduleFilter() throws CliException {
        String cfg = config.pluginFiltersCfg();
        try {
            return io.jplay.module.ModuleFilter.load(cfg == null ? null : Path.of(cfg), yaml, this::warn);
        } catch (io.jplay.module.ModuleFilter.StatRejected e) {
            throw new CliException(e.getMessage(), ExitCodes.ERROR);
        }
    }

    /** The directory of an installed collection ({@code ns.name}), searched as Python modules' collections are. */
    private java.util.Optional<Path> collectionDir(String collection) {
        String[] parts = collection.split("\\.", 2);
        return parts.length < 2 ? java.util.Optional.empty()
                : python.resolver().collectionRoots().collection(parts[0], parts[1]);
    }

    /** A playbook's or role's directory: its {@code library/}, {@code collections/} and {@code *_plugins/}. */
    void addPluginDirs(Path dir) {
        python.resolver().addPluginDirs(dir);
        plugins.addPluginDirs(dir);
    }

    private List<String> knownActions() {
        List<String> names = new ArrayList<>(modules.names());
        names.addAll(ControllerActions.NAMES);
        if (moduleFilter != null) {
            names.removeIf(n -> !moduleFilter.allows(n));
        }
        return names;
    }

    RunServices services(Inventory inventory, PlaybookParser parser, Path playbookDir) throws CliException {
        AnsibleTemplater templater = new AnsibleTemplater(this::warn, new ConfigController(config, environment, vault, yaml.strings()), plugins);
        VarsFiles varsFiles = new VarsFiles(yaml);
        TaskFileLoader taskFiles = new TaskFileLoader() {
            @Override
            public List<io.jplay.playbook.TaskNode> loadTasks(Path file) throws Exception {
                return loadTasks(file, List.of());
            }

            @Override
            public List<io.jplay.playbook.TaskNode> loadTasks(Path file, List<String> collections) throws Exception {
                try {
                    return parser.loadTasks(file, playbookDir, collections);
                } catch (io.jplay.playbook.parse.PlaybookException e) {
                    throw includeError(e);
                }
            }

            @Override
            public io.jplay.playbook.Block applied(Map<String, Object> apply, List<io.jplay.playbook.TaskNode> nodes)
                    throws Exception {
                try {
                    return parser.applied(apply, nodes, playbookDir);
                } catch (io.jplay.playbook.parse.PlaybookException e) {
                    throw includeError(e);
                }
            }

            @Override
            public List<io.jplay.playbook.Block> loadRole(String name, Path baseDir, String tasksFrom,
                    Map<String, Object> params, List<String> collections, io.jplay.playbook.SourceLocation playAt,
                    java.util.Set<String> applied) throws Exception {
                try {
                    return parser.loadRole(name, baseDir, tasksFrom, params, collections, playAt, applied);
                } catch (io.jplay.playbook.parse.PlaybookException e) {
                    throw includeError(e);
                }
            }
        };
        AsyncExecution async = asyncRunner::run;
        connections = new TransportFactory(SshOptions.fromEnvironment(env, environment.home(), environment.user(),
                new TerminalPassphrases(terminal)).withLimits(config.sshMaxChannels(), config.sshMaxConnectionsPerHost(),
                config.sshMaxHandshakes(), java.time.Duration.ofSeconds(config.sshKeepaliveInterval())), sshConfig,
                config.sshOpenTargets(), io.jplay.connection.OutputLimit.of(config.outputMaxBytes()));
        return new RunServices(inventory, templater, moduleLookup(), connections, taskFiles, templater,
                async, dir -> playbookVars(varsFiles, dir), environment.sleeper(), listener(), yaml,
                new TerminalPrompter(terminal), factCache(inventory), cmd.step);
    }

    /** The fact cache plugin the settings name; {@code --flush-cache} forgets every inventory host's facts first. */
    private io.jplay.factcache.FactCache factCache(Inventory inventory) throws CliException {
        try {
            io.jplay.factcache.FactCache cache = io.jplay.factcache.FactCaches.open(config.cachePlugin(),
                    config.cachePluginConnection(), config.cachePluginPrefix(), config.cachePluginTimeout(),
                    environment.clock());
            if (cmd.flushCache) {
                inventory.hosts().forEach(h -> cache.remove(h.name()));
            }
            return cache;
        } catch (io.jplay.factcache.FactCacheException e) {
            throw new CliException(e.getMessage(), ExitCodes.ERROR);
        }
    }

    /**
     * What an include could not load: Ansible's parser errors (exit code 4) end the run, its other
     * errors fail the hosts that included it.
     */
    private static Exception includeError(io.jplay.playbook.parse.PlaybookException e) {
        if (e.exitCode() == ExitCodes.UNREACHABLE_OR_PARSER) {
            return new FatalRunError(e.render(), e.exitCode(), e);
        }
        return new io.jplay.executor.IncludeFailure(e.getMessage(), e.render(), e);
    }

    /**
     * Ends the synchronous commands running on the targets (an interrupted run); async jobs keep
     * running. Whether they all ended within twice {@code grace}.
     */
    boolean stopRunningCommands(java.time.Duration grace) {
        TransportFactory open = connections;
        try {
            return open == null || open.stopRunning(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Erases the live progress line for good (the run ends or is interrupted). */
    void stopProgress() {
        if (progress != null) {
            progress.close();
        }
    }

    /**
     * Closes the run's connections. Also what lets the JVM exit at once: on exit it waits up to
     * 0.3 s for threads still blocked in a native socket read, such as each SSH connection's reader.
     */
    void close() {
        stopProgress();
        plugins.close();
        if (connections != null) {
            connections.close();
        }
    }

    private static PlaybookVarsSource playbookVars(VarsFiles files, Path dir) {
        return new PlaybookVarsSource() {
            @Override
            public Map<String, Object> groupVars(String group) {
                try {
                    return files.groupVars(dir, group);
                } catch (InventoryException e) {
                    throw fatalIfVaulted(e);
                }
            }

            @Override
            public Map<String, Object> hostVars(String host) {
                try {
                    return files.hostVars(dir, host);
                } catch (InventoryException e) {
                    throw fatalIfVaulted(e);
                }
            }
        };
    }

    /** A vaulted group_vars/host_vars file that cannot be decrypted ends the run as in Ansible: exit 4. */
    private static RuntimeException fatalIfVaulted(InventoryException e) {
        return e.getCause() instanceof VaultedFileException
                ? new FatalRunError(e.getMessage(), ExitCodes.UNREACHABLE_OR_PARSER, e) : e;
    }
}
