package io.jplay.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the bridge's co-process comes from: the controller interpreter that imports ansible-core
 * and the collection roots (both found as for Python modules, asked for only when a plugin is
 * first needed), the configured plugin directories, the environment and working directory.
 *
 * @param python the controller interpreter, empty when none imports {@code ansible}
 * @param collectionRoots the directories holding {@code ansible_collections/}, in search order
 * @param configuredDirs {@code ANSIBLE_FILTER_PLUGINS} and friends, per family
 * @param env the run's environment, handed to the co-process
 * @param cwd the run's working directory
 * @param triedPythons the interpreters tried, named when none imports ansible
 */
public record PluginHost(Supplier<Optional<Path>> python, Supplier<List<Path>> collectionRoots,
        Map<PluginKind, List<Path>> configuredDirs, Map<String, String> env, Path cwd, List<String> triedPythons) {

    public PluginHost {
        configuredDirs = Map.copyOf(configuredDirs);
        env = Map.copyOf(env);
        triedPythons = List.copyOf(triedPythons);
    }
}
