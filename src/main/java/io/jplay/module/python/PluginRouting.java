package io.jplay.module.python;

import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private final Map<Path, Map<?, ?>> groups = new ConcurrentHashMap<>();

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

    /** The entries of action group {@code name} ({@code action_groups} in the runtime file), if it has it. */
    Optional<List<?>> actionGroup(Path runtimeFile, String name) {
        Map<?, ?> table = groups.computeIfAbsent(runtimeFile, this::loadGroups);
        return table.get(name) instanceof List<?> l ? Optional.of(l) : Optional.empty();
    }

    private Map<?, ?> loadGroups(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return yaml.load(file) instanceof Map<?, ?> m && m.get("action_groups") instanceof Map<?, ?> g ? g : Map.of();
        } catch (YamlException e) {
            return Map.of();
        }
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

    /** A deprecation met while resolving ({@code msg} without the removal sentence). */
    static ModuleResolver.Deprecation deprecation(String fqcn, Map<?, ?> entry, String collection) {
        String warning = text(entry.get("warning_text"));
        String date = entry.get("removal_date") == null ? null : String.valueOf(entry.get("removal_date"));
        String version = date != null || entry.get("removal_version") == null ? null
                : String.valueOf(entry.get("removal_version"));
        return new ModuleResolver.Deprecation(fqcn + " has been deprecated." + (warning.isEmpty() ? "" : " " + warning),
                version, date, collection);
    }

    /** Ansible's text for a tombstone ({@code [DEPRECATED]: x has been removed. ...}). */
    static String removedText(String fqcn, Map<?, ?> entry, String collection) {
        String warning = text(entry.get("warning_text"));
        String msg = (fqcn + " has been removed." + (warning.isEmpty() ? "" : " " + warning)).strip();
        if (!msg.isEmpty() && "!?.".indexOf(msg.charAt(msg.length() - 1)) < 0) {
            msg += ".";
        }
        Object date = entry.get("removal_date");
        Object version = entry.get("removal_version");
        String when = date != null ? "in a release after " + date + "."
                : version != null ? "in version " + version + "." : "in a future release.";
        String from = "ansible.builtin".equals(collection) ? "ansible-core" : collection;
        return "[DEPRECATED]: " + msg + " This feature was removed from " + from + " " + when
                + " Please update your playbooks.";
    }

    private static String text(Object value) {
        return value == null || Boolean.FALSE.equals(value) ? "" : String.valueOf(value);
    }
}
