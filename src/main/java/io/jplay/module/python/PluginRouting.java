package io.jplay.module.python;

import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A collection's {@code meta/runtime.yml} routing for modules ({@code plugin_routing.modules}):
 * redirects, deprecations and tombstones. Files are read once per run.
 */
final class PluginRouting {

    /** One module's routing entry. */
    record Route(String redirect, Map<?, ?> deprecation, Map<?, ?> tombstone) {
    }

    private final YamlLoader yaml;
    private final Map<Path, Map<?, ?>> tables = new ConcurrentHashMap<>();

    PluginRouting(YamlLoader yaml) {
        this.yaml = yaml;
    }

    /** The routing of module {@code name} in the runtime file, if it has any. */
    Optional<Route> module(Path runtimeFile, String name) {
        Map<?, ?> modules = tables.computeIfAbsent(runtimeFile, this::load);
        if (!(modules.get(name) instanceof Map<?, ?> entry)) {
            return Optional.empty();
        }
        String redirect = entry.get("redirect") instanceof String s ? s : null;
        return Optional.of(new Route(redirect, entry.get("deprecation") instanceof Map<?, ?> d ? d : null,
                entry.get("tombstone") instanceof Map<?, ?> t ? t : null));
    }

    private Map<?, ?> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Object data = yaml.load(file);
            if (data instanceof Map<?, ?> m && m.get("plugin_routing") instanceof Map<?, ?> routing
                    && routing.get("modules") instanceof Map<?, ?> modules) {
                return modules;
            }
        } catch (YamlException e) {
            return Map.of();
        }
        return Map.of();
    }

    /**
     * Ansible's deprecation text ({@code Display.get_deprecation_message}), without the
     * {@code [DEPRECATION WARNING]: } / {@code [DEPRECATED]: } header.
     */
    static String deprecationText(String fqcn, Map<?, ?> entry, String collection, boolean removed) {
        Object text = entry.get("warning_text");
        String warning = text == null || Boolean.FALSE.equals(text) ? "" : String.valueOf(text);
        String msg = (fqcn + (removed ? " has been removed." : " has been deprecated.")
                + (warning.isEmpty() ? "" : " " + warning)).strip();
        if (!msg.isEmpty() && "!?.".indexOf(msg.charAt(msg.length() - 1)) < 0) {
            msg += ".";
        }
        Object date = entry.get("removal_date");
        Object version = date == null ? entry.get("removal_version") : null;
        String when = date != null ? "in a release after " + date + "."
                : version != null ? "in version " + version + "." : "in a future release.";
        String from = "ansible.builtin".equals(collection) ? "ansible-core" : collection;
        return msg + " " + (removed ? "This feature was removed" : "This feature will be removed")
                + " from " + from + " " + when + " "
                + (removed ? "Please update your playbooks." : "Deprecation warnings can be disabled by setting "
                + "deprecation_warnings=False in ansible.cfg.");
    }
}
