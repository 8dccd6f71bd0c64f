package io.jplay.inventory;

import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads inventory sources as ansible-core 2.14 does. Each source is a comma-separated host list
 * ({@code "h1,h2,"}; any text with a comma that is not an existing path), a file (YAML tried
 * first for {@code .yml/.yaml/.json} or extension-less files, then INI), or a directory (its
 * entries in name order, skipping hidden files, {@code group_vars}, {@code host_vars} and
 * Ansible's ignored extensions). {@code group_vars/} and {@code host_vars/} beside each source are
 * merged over the inventory's own variables.
 *
 * <p>Warnings go to the sink given at construction, with Ansible's texts and in its order
 * (without the {@code [WARNING]: } prefix). Not thread-safe; the returned {@link Inventory} is.
 */
public final class InventoryLoader {
    /** The default inventory; a missing one is not warned about. */
    public static final String DEFAULT_SOURCE = "/etc/ansible/hosts";
    private static final Pattern IGNORED = Pattern.compile(
            "^\\.|^host_vars$|^group_vars$|^vars_plugins$"
                    + "|(\\.pyc|\\.pyo|\\.swp|\\.bak|~|\\.rpm|\\.md|\\.txt|\\.rst|\\.orig|\\.ini|\\.cfg|\\.retry)$");

    private final Consumer<String> warnings;
    private final YamlLoader yaml;
    private final boolean localhostWarning;

    /** A loader that reports warnings to {@code warnings} (localhost warning on). */
    public InventoryLoader(Consumer<String> warnings) {
        this(warnings, new YamlLoader(), true);
    }

    /**
     * @param localhostWarning the {@code localhost_warning} setting: whether to warn that the
     *     inventory has no hosts
     */
    public InventoryLoader(Consumer<String> warnings, YamlLoader yaml, boolean localhostWarning) {
        this.warnings = warnings;
        this.yaml = yaml;
        this.localhostWarning = localhostWarning;
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
        InventoryBuilder builder = new InventoryBuilder();
        List<Path> baseDirs = new ArrayList<>();
        boolean parsed = false;
        for (String source : sources) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            Path path = resolve(source, cwd);
            if (source.contains(",") && !Files.exists(path)) {
                parsed |= parseHostList(builder, source);
                continue;
            }
            baseDirs.add(Files.isDirectory(path) ? path : path.toAbsolutePath().getParent());
            parsed |= parseSource(builder, path);
        }
        if (parsed) {
            builder.reconcile();
            warnNameClashes(builder);
        } else {
            warnings.accept("No inventory was parsed, only implicit localhost is available");
        }
        Inventory inventory = new InventoryFreezer(new VarsFiles(yaml)).freeze(builder, baseDirs);
        if (inventory.hosts().isEmpty() && localhostWarning && !LoadedInventory.LOCALHOST_NAMES.contains(pattern)) {
            warnings.accept("provided hosts list is empty, only localhost is available. Note that the implicit"
                    + " localhost does not match 'all'");
        }
        return inventory;
    }

    private static Path resolve(String source, Path cwd) {
        String s = source;
        if (s.equals("~") || s.startsWith("~/")) {
            s = System.getProperty("user.home") + s.substring(1);
        }
        return cwd.resolve(s).normalize();
    }

    private boolean parseHostList(InventoryBuilder builder, String source) {
        builder.currentSource(null);
        for (String item : source.split(",")) {
            String h = item.strip();
            if (h.isEmpty()) {
                continue;
            }
            HostNames.Address a = HostNames.parseAddress(h);
            builder.addHost(a.pattern(), InventoryBuilder.UNGROUPED, a.port());
        }
        return true;
    }

    private boolean parseSource(InventoryBuilder builder, Path path) {
        if (Files.isDirectory(path)) {
            boolean parsed = false;
            for (Path entry : sortedEntries(path)) {
                if (!IGNORED.matcher(entry.getFileName().toString()).find()) {
                    parsed |= parseSource(builder, entry);
                }
            }
            return parsed;
        }
        if (!Files.isRegularFile(path)) {
            if (!path.toString().equals(DEFAULT_SOURCE)) {
                warnings.accept("Unable to parse " + path + " as an inventory source");
            }
            return false;
        }
        builder.currentSource(path.getParent());
        List<String> failures = new ArrayList<>();
        if (yamlCandidate(path)) {
            try {
                new YamlInventoryParser(builder, warnings).parse(yaml.load(path));
                return true;
            } catch (YamlException | InventoryException e) {
                failures.add(" * Failed to parse " + path + " with yaml plugin: " + e.getMessage());
            }
        }
        try {
            new IniInventoryParser(builder, path.toString()).parse(readLines(path));
            return true;
        } catch (InventoryException e) {
            failures.add(" * Failed to parse " + path + " with ini plugin: " + e.getMessage());
        }
        failures.forEach(warnings);
        warnings.accept("Unable to parse " + path + " as an inventory source");
        return false;
    }

    private static boolean yamlCandidate(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        return ext.isEmpty() || ext.equals(".yml") || ext.equals(".yaml") || ext.equals(".json");
    }

    /** The lines of an INI inventory, decrypted when the file is vaulted. */
    private List<String> readLines(Path path) {
        try {
            return new String(yaml.readBytes(path), StandardCharsets.UTF_8).lines().toList();
        } catch (YamlException e) {
            throw new InventoryException(e.getMessage(), e);
        }
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
