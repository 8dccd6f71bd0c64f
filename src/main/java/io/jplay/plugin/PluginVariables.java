package io.jplay.plugin;

import java.util.List;
import java.util.Optional;

/**
 * What a lookup plugin sees of the task's variables: their names up front, each value fetched from
 * jplay (templated) only when the plugin reads it, and the directory relative paths resolve from.
 */
public interface PluginVariables {

    /** The names a plugin may iterate over. */
    List<String> names();

    /** The variable's value, or empty when it is not defined. */
    Optional<Object> get(String name) throws PluginException;

    /** The loader's base directory for relative paths (the role's or playbook's), or null. */
    String basedir();

    /** No variables (filters and tests). */
    PluginVariables NONE = new PluginVariables() {
        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public Optional<Object> get(String name) {
            return Optional.empty();
        }

        @Override
        public String basedir() {
            return null;
        }
    };
}
