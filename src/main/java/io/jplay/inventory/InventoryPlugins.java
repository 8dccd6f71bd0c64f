package io.jplay.inventory;

import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The inventory plugins jplay runs natively, found by name as Ansible's plugin loader finds them
 * ({@code ini}, {@code ansible.builtin.ini} or {@code ansible.legacy.ini}), and the enabled ones in
 * {@code enable_plugins} order.
 */
final class InventoryPlugins {
    /** What jplay implements, by short name. */
    static final List<String> NATIVE = List.of("advanced_host_list", "auto", "constructed", "host_list", "ini",
            "script", "yaml");
    /** ansible-core's own inventory plugins (those jplay lacks are real, just not native). */
    private static final Set<String> ANSIBLE_BUILTIN = Set.of("advanced_host_list", "auto", "constructed", "generator",
            "host_list", "ini", "script", "toml", "yaml");

    private final Path cwd;
    private final YamlLoader yaml;
    private final InventorySettings settings;
    private final Consumer<String> warnings;
    private final Consumer<String> errors;

    InventoryPlugins(Path cwd, YamlLoader yaml, InventorySettings settings, Consumer<String> warnings,
            Consumer<String> errors) {
        this.cwd = cwd;
        this.yaml = yaml;
        this.settings = settings;
        this.warnings = warnings;
        this.errors = errors;
    }

    /** Whether Ansible ships a plugin of this name in ansible-core. */
    static boolean isAnsibleBuiltin(String name) {
        return ANSIBLE_BUILTIN.contains(shortName(name));
    }

    /** The name without {@code ansible.builtin.}/{@code ansible.legacy.}; other collections' names as they are. */
    static String shortName(String name) {
        for (String prefix : List.of("ansible.builtin.", "ansible.legacy.")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** A plugin run by ansible-core; without a controller Python that can tell, it is warned about as unloadable. */
    private Optional<InventoryPlugin> foreign(String name) {
        try {
            return settings.foreign().exists(name) ? Optional.of(new ForeignPlugin(name, settings.foreign()))
                    : Optional.empty();
        } catch (InventoryException e) {
            warnings.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** The native plugin of that name, empty when jplay does not implement it. */
    Optional<InventoryPlugin> get(String name) {
        return switch (shortName(name)) {
            case "host_list" -> Optional.of(new HostListPlugin(name, false, cwd));
            case "advanced_host_list" -> Optional.of(new HostListPlugin(name, true, cwd));
            case "script" -> Optional.of(new ScriptPlugin(name, new ScriptRunner(cwd), yaml,
                    settings.scriptStderr() ? errors : e -> { }));
            case "auto" -> Optional.of(new AutoPlugin(name, yaml, this));
            case "yaml" -> Optional.of(FilePlugins.yaml(name, yaml, warnings));
            case "ini" -> Optional.of(FilePlugins.ini(name, yaml));
            case "constructed" -> Optional.of(new ConstructedPlugin(name, yaml, settings.templating(),
                    settings.useExtraVars() ? settings.extraVars() : null, settings.extraVars()));
            default -> Optional.empty();
        };
    }

    /**
     * The plugin of that name as Ansible's loader finds it: native when jplay implements it, else
     * run by ansible-core when its loader finds it (empty when it does not).
     */
    Optional<InventoryPlugin> find(String name) {
        Optional<InventoryPlugin> own = get(name);
        if (own.isPresent()) {
            return own;
        }
        ForeignInventoryPlugins foreign = settings.foreign();
        return foreign.exists(name) ? Optional.of(new ForeignPlugin(name, foreign)) : Optional.empty();
    }

    /**
     * The enabled plugins in order. A name neither jplay nor ansible-core's loader finds is warned
     * about and skipped; ansible-core's {@code toml} (in the default order) is skipped
     * silently, so a run with the default order starts no Python.
     */
    List<InventoryPlugin> enabled() {
        List<InventoryPlugin> out = new ArrayList<>();
        for (String name : settings.enabledPlugins()) {
            Optional<InventoryPlugin> p = get(name);
            if (p.isEmpty() && !shortName(name).equals("toml")) {
                p = foreign(name);
            }
            if (p.isPresent()) {
                out.add(p.get());
            } else if (!shortName(name).equals("toml")) {
                warnings.accept("Failed to load inventory plugin, skipping " + name);
            }
        }
        if (out.isEmpty()) {
            throw new InventoryException("No inventory plugins available to generate inventory, make sure you have"
                    + " at least one enabled.");
        }
        return out;
    }
}
