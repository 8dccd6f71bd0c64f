package io.jplay.module;

import io.jplay.python.PyRepr;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Ansible's plugin filter file ({@code plugin_filters_cfg}, else {@code /etc/ansible/plugin_filters.yml}):
 * the module and action names of its {@code module_blacklist} cannot be used, as if they did not exist.
 * Read with Ansible's warnings; a list naming {@code stat} is refused.
 */
public record ModuleFilter(Set<String> rejected) {
    /** The file Ansible reads when {@code plugin_filters_cfg} is not set. */
    public static final Path DEFAULT_FILE = Path.of("/etc/ansible/plugin_filters.yml");

    public ModuleFilter {
        rejected = Set.copyOf(rejected);
    }

    /** Whether a task may name {@code action} (the name as written). */
    public boolean allows(String action) {
        return !rejected.contains(action);
    }

    /** The error Ansible raises for a filter file that rejects {@code stat}. */
    public static final class StatRejected extends Exception {
        private static final long serialVersionUID = 1L;

        StatRejected(String message) {
            super(message);
        }
    }

    /**
     * @param configured the {@code plugin_filters_cfg} setting, or null for the default file
     * @param warnings receives Ansible's warnings (file missing, unparsable, invalid, unknown version)
     */
    public static ModuleFilter load(Path configured, YamlLoader yaml, Consumer<String> warnings) throws StatRejected {
        Path file = configured == null ? DEFAULT_FILE : configured;
        Set<String> names = Set.of();
        if (Files.exists(file)) {
            names = read(file, yaml, warnings);
        } else if (configured != null) {
            warnings.accept("The plugin filter file, " + file + " does not exist. Skipping.");
        }
        if (names.contains("stat")) {
            throw new StatRejected("The stat module was specified in the module blacklist file, " + file + ", but"
                    + " Ansible will not function without the stat module.  Please remove stat from the blacklist.");
        }
        return new ModuleFilter(names);
    }

    private static Set<String> read(Path file, YamlLoader yaml, Consumer<String> warnings) {
        Object data;
        try {
            data = yaml.load(file);
        } catch (YamlException e) {
            warnings.accept("The plugin filter file, " + file + " was not parsable. Skipping: " + e.getMessage());
            return Set.of();
        }
        if (!(data instanceof Map<?, ?> m) || !m.containsKey("filter_version")) {
            warnings.accept("The plugin filter file, " + file + " was invalid. Skipping.");
            return Set.of();
        }
        if (!PyRepr.str(m.get("filter_version")).strip().equals("1.0")) {
            warnings.accept("The plugin filter file, " + file + " was a version not recognized by this version of"
                    + " Ansible. Skipping.");
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        Object list = m.get("module_blacklist");
        if (list instanceof List<?> l) {
            l.forEach(x -> names.add(PyRepr.str(x)));
        } else if (list instanceof Map<?, ?> keys) {
            keys.keySet().forEach(x -> names.add(PyRepr.str(x)));
        } else if (list instanceof String s) {
            s.codePoints().forEach(c -> names.add(new String(Character.toChars(c)))); // Python's frozenset(str)
        } else {
            warnings.accept("Unable to parse the plugin filter file " + file + " as module_blacklist is not a list."
                    + " Skipping.");
            return Set.of();
        }
        return names;
    }
}
