package io.jplay.inventory;

import io.jplay.yaml.VaultedFileException;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@code group_vars/} and {@code host_vars/} beside an inventory source or a playbook, as
 * Ansible's host_group_vars plugin: for a name, the first of {@code <name>}, {@code <name>.yml},
 * {@code <name>.yaml}, {@code <name>.json} that exists; when that is a directory, every file in it
 * (recursively, sorted by name, hidden files and {@code ~} backups skipped, extensions
 * {@code .yml .yaml .json} or none) merged in order, later files replacing top-level keys.
 *
 * <p>Thread-safe. Directory listings are cached per instance, so create a new one when files may
 * have changed.
 */
public final class VarsFiles {
    private static final List<String> EXTENSIONS = List.of("", ".yml", ".yaml", ".json");

    private final YamlLoader yaml;
    private final Map<Path, Set<String>> listings = new ConcurrentHashMap<>();

    public VarsFiles(YamlLoader yaml) {
        this.yaml = yaml;
    }

    /** Variables of {@code group} from {@code <dir>/group_vars}; empty when there are none. */
    public Map<String, Object> groupVars(Path dir, String group) {
        return vars(dir.resolve("group_vars"), group);
    }

    /** Variables of {@code host} from {@code <dir>/host_vars}; empty when there are none. */
    public Map<String, Object> hostVars(Path dir, String host) {
        return vars(dir.resolve("host_vars"), host);
    }

    /** The files that hold {@code name}'s variables in {@code varsDir}, in merge order. */
    List<Path> filesFor(Path varsDir, String name) {
        Set<String> entries = listing(varsDir);
        if (entries.isEmpty() || name.contains("/")) {
            return List.of();
        }
        for (String ext : EXTENSIONS) {
            if (entries.contains(name + ext)) {
                Path p = varsDir.resolve(name + ext);
                return Files.isDirectory(p) ? filesInDir(p) : List.of(p);
            }
        }
        return List.of();
    }

    private Map<String, Object> vars(Path varsDir, String name) {
        List<Path> files = filesFor(varsDir, name);
        if (files.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Path f : files) {
            merged.putAll(load(f));
        }
        return merged;
    }

    private Map<String, Object> load(Path file) {
        Object data;
        try {
            data = yaml.load(file);
        } catch (VaultedFileException e) {
            throw new InventoryException(e.getMessage(), e);
        } catch (YamlException e) {
            throw new InventoryException("Error loading vars file " + file + ": " + e.getMessage(), e);
        }
        if (data == null) {
            return Map.of();
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new InventoryException("vars file " + file + " must be stored as a dictionary/hash");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private Set<String> listing(Path dir) {
        return listings.computeIfAbsent(dir, d -> {
            if (!Files.isDirectory(d)) {
                return Set.of();
            }
            try (Stream<Path> s = Files.list(d)) {
                return s.map(p -> p.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                return Set.of();
            }
        });
    }

    private static List<Path> filesInDir(Path dir) {
        List<Path> found = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = new ArrayList<>(s.toList());
        } catch (IOException e) {
            throw new InventoryException("Could not list " + dir + ": " + e.getMessage(), e);
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                continue;
            }
            String ext = extension(name);
            if (Files.isDirectory(p) && ext.isEmpty()) {
                found.addAll(filesInDir(p));
            } else if (Files.isRegularFile(p) && EXTENSIONS.contains(ext)) {
                found.add(p);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** Python's os.path.splitext extension: from the last dot, unless the name starts with it. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int firstNonDot = 0;
        while (firstNonDot < name.length() && name.charAt(firstNonDot) == '.') {
            firstNonDot++;
        }
        return dot > firstNonDot ? name.substring(dot) : "";
    }
}
