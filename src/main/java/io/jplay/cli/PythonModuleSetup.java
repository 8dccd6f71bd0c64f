package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.module.python.AnsibleInstall;
import io.jplay.module.python.CollectionRoots;
import io.jplay.module.python.ControllerPython;
import io.jplay.module.python.ModuleResolver;
import io.jplay.module.python.PythonModules;
import io.jplay.module.python.PythonSettings;
import io.jplay.yaml.YamlLoader;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes the run's {@link PythonModules} from the configuration: module and module_utils paths,
 * collections paths, the interpreter setting, and the controller Python (asked for only when a
 * module that is not native is first looked up).
 */
final class PythonModuleSetup {

    private PythonModuleSetup() {
    }

    static PythonModules create(AnsibleConfig config, Map<String, String> env, YamlLoader yaml) {
        ControllerPython controller = new ControllerPython(config.controllerPython().orElse(null), pathDirs(env));
        Supplier<Optional<AnsibleInstall>> install = memo(controller::find);
        Supplier<CollectionRoots> roots = memo(() -> new CollectionRoots(paths(config.collectionsPaths()),
                config.collectionsScanSysPath() ? install.get().map(AnsibleInstall::sitePaths).orElse(List.of())
                        : List.of()));
        ModuleResolver resolver = new ModuleResolver(paths(config.modulePath()), paths(config.moduleUtilsPath()),
                install, roots, yaml);
        PythonSettings defaults = PythonSettings.defaults();
        PythonSettings settings = new PythonSettings(config.interpreterPython(), defaults.selinuxSpecialFs(),
                config.syslogFacility(), config.stringConversionAction(), config.keepRemoteFiles(),
                config.noTargetSyslog(), false, defaults.remoteTmp(), config.moduleRunner());
        return new PythonModules(resolver, settings, controller.candidates());
    }

    /**
     * The run's bridge to Python filter, test and lookup plugins: the same controller Python and
     * collection roots as the Python modules, the configured plugin directories. Nothing starts
     * until a template names a plugin jplay does not have.
     */
    static io.jplay.plugin.PythonPlugins plugins(AnsibleConfig config, Map<String, String> env, Path cwd,
            PythonModules modules) {
        ModuleResolver resolver = modules.resolver();
        Map<io.jplay.plugin.PluginKind, List<Path>> configured = Map.of(
                io.jplay.plugin.PluginKind.FILTER, paths(config.filterPluginPath()),
                io.jplay.plugin.PluginKind.TEST, paths(config.testPluginPath()),
                io.jplay.plugin.PluginKind.LOOKUP, paths(config.lookupPluginPath()),
                io.jplay.plugin.PluginKind.INVENTORY, paths(config.inventoryPluginPath()));
        return new io.jplay.plugin.PythonPlugins(new io.jplay.plugin.PluginHost(
                () -> resolver.install().map(AnsibleInstall::python),
                () -> resolver.collectionRoots().roots(), configured, env, cwd,
                new ControllerPython(config.controllerPython().orElse(null), pathDirs(env)).candidates()));
    }

    /** {@code ansible_playbook_python}: the controller's interpreter for ansible-core. */
    static String playbookPython(AnsibleConfig config, Map<String, String> env) {
        return new ControllerPython(config.controllerPython().orElse(null), pathDirs(env)).playbookPython();
    }

    private static List<Path> paths(List<String> names) {
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            if (!n.isBlank()) {
                out.add(Path.of(n));
            }
        }
        return out;
    }

    private static List<Path> pathDirs(Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                out.add(Path.of(dir));
            }
        }
        return out;
    }

    /** A supplier that computes once, on first call, from whichever thread asks first. */
    private static <T> Supplier<T> memo(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }
}
