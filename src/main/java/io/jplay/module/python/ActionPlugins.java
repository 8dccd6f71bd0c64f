package io.jplay.module.python;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Python action plugin Ansible runs in front of a module (its controller half), for the modules
 * whose plugin does work the bare module cannot: jplay runs no Python on the controller, so such a
 * module fails with a message naming the plugin rather than misbehaving. ansible-core's plugins
 * that only add to what the module does on its own ({@code uri}...) are not counted.
 */
final class ActionPlugins {
    /**
     * ansible-core's modules that cannot run without their action plugin and have no native action
     * in jplay ({@code package}, {@code service}, {@code assemble} and {@code unarchive} have one, which
     * runs these modules as their target-side half).
     */
    private static final Set<String> CORE = Set.of("reboot", "yum");

    private ActionPlugins() {
    }

    /** The plugin file, when {@code source} needs one that jplay does not replace. */
    static Optional<Path> required(ModuleSource source, AnsibleInstall install, Map<String, Object> args) {
        String name = source.shortName();
        if (install != null && source.file().startsWith(install.modulesDir())) {
            if (CORE.contains(name)) {
                return existing(install.ansibleDir().resolve("plugins").resolve("action").resolve(name + ".py"));
            }
            return Optional.empty();
        }
        if (!source.pythonName().startsWith("ansible_collections.")) {
            return Optional.empty();
        }
        for (Path dir = source.file().getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            if (dir.getFileName().toString().equals("modules") && dir.getParent().getFileName().toString().equals("plugins")) {
                return existing(dir.getParent().resolve("action").resolve(name + ".py"));
            }
        }
        return Optional.empty();
    }

    /** The failure message for a module whose action plugin is {@code plugin}. */
    static String message(ModuleSource source, Path plugin) {
        return "module " + source.fqcn() + " needs its Python action plugin " + plugin
                + ", which jplay does not run (jplay runs only the target-side part of Python modules)";
    }

    private static Optional<Path> existing(Path plugin) {
        return Files.isRegularFile(plugin) ? Optional.of(plugin) : Optional.empty();
    }
}
