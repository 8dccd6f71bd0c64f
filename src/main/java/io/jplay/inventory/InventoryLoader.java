package io.jplay.inventory;

import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads inventory sources as ansible-core 2.14 does. A directory is read entry by entry in name order
 * (skipping hidden files, {@code group_vars}, {@code host_vars} and Ansible's ignored extensions); any
 * other source is offered to each enabled inventory plugin in turn ({@link InventorySettings#enabledPlugins},
 * by default {@code host_list, script, auto, yaml, ini}): the first that wants it and parses it wins,
 * the failures of the others are warned about only when none did. {@code group_vars/} and
 * {@code host_vars/} beside each source are merged over the inventory's own variables.
 *
 * <p>Warnings go to the sink given at construction, with Ansible's texts and in its order
 * (without the {@code [WARNING]: } prefix); errors Ansible shows without failing (an inventory script's
 * stderr) to the error sink. Not thread-safe; the returned {@link Inventory} is.
 */
public final class InventoryLoader {
    /** The default inventory; a missing one is not warned about. */
    public static final String DEFAULT_SOURCE = "/etc/ansible/hosts";
    private static final Pattern IGNORED = Pattern.compile(
            "^\\.|^host_vars$|^group_vars$|^vars_plugins$"
                    + "|(\\.pyc|\\.pyo|\\.swp|\\.bak|~|\\.rpm|\\.md|\\.txt|\\.rst|\\.orig|\\.ini|\\.cfg|\\.retry)$");

    private final Consumer<String> warnings;
    private final Consumer<String> details;
    private final Consumer<String> errors;
    private final YamlLoader yaml;
    private final InventorySettings settings;

    /** A loader that reports warnings to {@code warnings} (localhost warning on, {@code ~} left as written). */
    public InventoryLoader(Consumer<String> warnings) {
        this(warnings, new YamlLoader(), true, null);
    }

    /**
     * @param localhostWarning the {@code localhost_warning} setting: whether to warn that the
     *     inventory has no hosts
     * @param home what a source's leading {@code ~} stands for (null: left as written)
     */
    public InventoryLoader(Consumer<String> warnings, YamlLoader yaml, boolean localhostWarning, Path home) {
        this(warnings, warnings, yaml, InventorySettings.defaults(localhostWarning, home));
    }

    /** A loader with all of Ansible's inventory settings; {@code errors} gets what Ansible shows as {@code [ERROR]}. */
    public InventoryLoader(Consumer<String> warnings, Consumer<String> errors, YamlLoader yaml,
            InventorySettings settings) {
        this(warnings, errors, line -> { }, yaml, settings);
    }

    /** As above; {@code details} gets the lines Ansible shows at {@code -vvv} ({@code Parsed SOURCE ...}). */
    public InventoryLoader(Consumer<String> warnings, Consumer<String> errors, Consumer<String> details,
            YamlLoader yaml, InventorySettings settings) {
        this.details = details;
        this.warnings = warnings;
        this.errors = errors;
        this.yaml = yaml;
        this.settings = settings;
    }

    /** Loads the sources as {@code ansible-playbook} does (empty-inventory warning included). */
    public Inventory load(List<String> sources, Path cwd) {
        return load(sources, cwd, "all");
    }

    /**
     * Loads the sources for a run targeting {@code pattern} ({@code ansible PATTERN}): the
     * "provided hosts list is empty" warning is skipped when the pattern is a localhost name.
     */
    public Inventory load(List<String> sources, Path cwd, String pattern) {
        InventoryBuilder builder = new InventoryBuilder(settings.groupNameChars(), warnings, details);
        builder.mergeHashes(settings.mergeHashes());
        List<InventoryPlugin> plugins = new InventoryPlugins(cwd, yaml, settings, warnings, errors).enabled();
        List<Path> baseDirs = new ArrayList<>();
        boolean parsed = false;
        for (String source : sources) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            String resolved = source;
            // as Ansible: a source is a path unless it holds a comma and names no file ("a,b,")
            if (!source.contains(",") || Files.exists(resolve(source, cwd))) {
                Path path = resolve(source, cwd);
                baseDirs.add(Files.isDirectory(path) ? path : path.toAbsolutePath().getParent());
                resolved = path.toString();
            }
            parsed |= parseSource(builder, plugins, resolved);
        }
        if (parsed) {
            builder.reconcile();
            warnNameClashes(builder);
        } else if (settings.unparsedIsFailed()) {
            throw new InventoryException("No inventory was parsed, please check your configuration and options.");
        } else if (settings.unparsedWarning()) {
            warnings.accept("No inventory was parsed, only implicit localhost is available");
        }
        Inventory inventory = new InventoryFreezer(new VarsFiles(yaml)).freeze(builder, baseDirs);
        if (inventory.hosts().isEmpty() && settings.localhostWarning()
                && !LoadedInventory.LOCALHOST_NAMES.contains(pattern)) {
            warnings.accept("provided hosts list is empty, only localhost is available. Note that the implicit"
                    + " localhost does not match 'all'");
        }
        return inventory;
    }

    private Path resolve(String source, Path cwd) {
        String s = source;
        if (settings.home() != null && (s.equals("~") || s.startsWith("~/"))) {
            s = settings.home() + s.substring(1);
        }
        return cwd.resolve(s).toAbsolutePath().normalize();
    }

    private boolean parseSource(InventoryBuilder builder, List<InventoryPlugin> plugins, String source) {
        Path path = source.contains(",") && !Files.exists(Path.of(source)) ? null : Path.of(source);
        if (path != null && Files.isDirectory(path)) {
            boolean parsed = false;
            for (Path entry : sortedEntries(path)) {
                if (!IGNORED.matcher(entry.getFileName().toString()).find()) {
                    parsed |= parseSource(builder, plugins, entry.toString());
                }
            }
            return parsed;
        }
        List<String> failures = new ArrayList<>();
        for (InventoryPlugin plugin : plugins) {
            if (!plugin.verify(source)) {
                declined(plugin.name(), source);
                continue;
            }
            try {
                plugin.parse(builder, source);
                details.accept("Parsed " + source + " inventory source with " + plugin.name() + " plugin");
                return true;
            } catch (InventoryException e) {
                failures.add(" * Failed to parse " + source + " with " + plugin.name() + " plugin: " + e.getMessage());
            }
        }
        if (settings.enabledPlugins().stream().anyMatch(n -> n.equals("toml") || n.endsWith(".toml"))
                && !source.endsWith(".toml")) {
            // jplay reads no TOML inventory, but says at -vvv what Ansible's last default plugin says
            declined("toml", source);
        }
        if (!source.equals(DEFAULT_SOURCE) || Files.exists(Path.of(source))) {
            failures.forEach(warnings);
            if (settings.anyUnparsedIsFailed()) {
                throw new InventoryException("Completely failed to parse inventory source " + source);
            }
            warnings.accept("Unable to parse " + source + " as an inventory source");
        }
        return false;
    }

    /** At {@code -vvv}: a plugin's verify_file() turned the source down (a file plugin says first when it is unreadable). */
    private void declined(String plugin, String source) {
        String name = plugin.substring(plugin.lastIndexOf('.') + 1);
        // host_list looks at the source's text only; auto at its extension before it asks whether the file is there
        boolean asksForFile = !name.equals("host_list")
                && (!name.equals("auto") || source.endsWith(".yml") || source.endsWith(".yaml"));
        if (asksForFile && !Files.isReadable(Path.of(source))) {
            details.accept("Skipping due to inventory source not existing or not being readable by the current user");
        }
        details.accept(plugin + " declined parsing " + source + " as it did not pass its verify_file() method");
    }

    private static List<Path> sortedEntries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new InventoryException("Could not list " + dir + ": " + e.getMessage(), e);
        }
    }

    private void warnNameClashes(InventoryBuilder builder) {
        for (String g : builder.groups.keySet()) {
            if (builder.hosts.containsKey(g)) {
                warnings.accept("Found both group and host with same name: " + g);
            }
        }
    }
}
