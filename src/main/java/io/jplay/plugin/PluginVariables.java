package io.jplay.plugin;

import java.util.List;
import java.util.Optional;

/**
 * What a plugin sees of the task's variables: a lookup gets their names up front, a filter or test
 * that takes Jinja2's context asks for them only if it lists them; each value is fetched from jplay
 * only when the plugin reads it; and the directory relative paths resolve from.
 */
public interface PluginVariables {

    /** The names a plugin may iterate over. */
    List<String> names();

    /** The variable's value, or empty when it is not defined. */
    Optional<Object> get(String name) throws PluginException;

    /** The loader's base directory for relative paths (the role's or playbook's), or null. */
    String basedir();

    /** Whether the names are sent only when the plugin asks for them (a filter's or test's context), not with the call. */
    default boolean namesOnRequest() {
        return false;
    }

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
