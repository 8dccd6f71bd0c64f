package io.jplay.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's own plugin directories: the {@code filter_plugins/} (etc.) beside its playbooks and in its
 * roles, in the order Ansible adds them, and the configured ones. What a look at their files tells
 * without Python: a lookup is its file's name, and a filter or test can only be named by a word its
 * files contain (a name assembled at run time is the exception, see docs/compatibility.md).
 * Not thread-safe: {@link PythonPlugins} guards it.
 */
final class PluginDirs {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A directory beside a playbook or in a role: its family and absolute path. */
    record Added(PluginKind kind, Path path) {
    }

    private final Map<PluginKind, List<Path>> configured;
    private final List<Added> added = new ArrayList<>();
    private final Map<PluginKind, Set<String>> words = new EnumMap<>(PluginKind.class);

    PluginDirs(Map<PluginKind, List<Path>> configured) {
        this.configured = configured;
    }

    /** Adds the family directories under {@code dir} that exist; answers whether any was new. */
    boolean add(Path dir) {
        boolean any = false;
        for (PluginKind kind : PluginKind.values()) {
            Path sub = dir.resolve(kind.subdir()).toAbsolutePath().normalize();
            if (Files.isDirectory(sub) && added.stream().noneMatch(d -> d.path().equals(sub))) {
                added.add(new Added(kind, sub));
                words.remove(kind);
                any = true;
            }
        }
        return any;
    }

    List<Added> added() {
        return added;
    }

    /**
     * Whether the run has a directory of this family, its own or a configured one that exists (the
     * default settings name {@code ~/.ansible/plugins/filter} and others that few users have).
     */
    boolean any(PluginKind kind) {
        return added.stream().anyMatch(d -> d.kind() == kind)
                || configured.getOrDefault(kind, List.of()).stream().anyMatch(Files::isDirectory);
    }

    /** Whether a directory of the family holds the lookup's file, {@code name.py}. */
    boolean hasModule(PluginKind kind, String name) {
        return files(kind).stream().anyMatch(f -> f.getFileName().toString().equals(name + ".py"));
    }

    /**
     * Whether a file of the family could define a plugin of this name: the name is a word of one of
     * its files (or, for a name that is no identifier, such as a test named {@code ==}, its text).
     */
    boolean mentions(PluginKind kind, String name) {
        if (!WORD.matcher(name).matches()) {
            return files(kind).stream().anyMatch(f -> read(f).contains(name));
        }
        return words.computeIfAbsent(kind, this::words).contains(name);
    }

    private Set<String> words(PluginKind kind) {
        Set<String> out = new HashSet<>();
        for (Path f : files(kind)) {
            Matcher m = WORD.matcher(read(f));
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * The Python files Ansible's loader would read for the family: those of each directory beside a
     * playbook or role, and of each configured directory and its subdirectories two levels down.
     */
    private List<Path> files(PluginKind kind) {
        List<Path> out = new ArrayList<>();
        for (Added d : added) {
            if (d.kind() == kind) {
                pythonFiles(d.path(), 1, out);
            }
        }
        for (Path d : configured.getOrDefault(kind, List.of())) {
            pythonFiles(d, 3, out);
        }
        return out;
    }

    private static void pythonFiles(Path dir, int depth, List<Path> out) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            s.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p)).forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable directory holds nothing the loader could read either
        }
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
