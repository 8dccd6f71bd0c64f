package io.jplay.module.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds a module's code as Ansible's module loader does. A short name ({@code mymod}) is looked up
 * in the {@code collections:} of the task, then as {@code ansible.legacy}: the {@code library/}
 * directories (those next to playbooks and in roles, added while parsing, then
 * {@code ANSIBLE_LIBRARY}), then ansible-core's modules and its routing. {@code ansible.builtin.x}
 * is ansible-core's only; {@code ns.coll.x} is looked up in the collection roots, honouring each
 * collection's {@code meta/runtime.yml} redirects, deprecations and tombstones.
 */
public final class ModuleResolver {
    private static final int MAX_REDIRECTS = 10;

    private final List<Path> libraryDirs = new CopyOnWriteArrayList<>();
    private final List<Path> moduleUtilsDirs = new CopyOnWriteArrayList<>();
    private final List<Path> adjacentCollections = new CopyOnWriteArrayList<>();
    private final List<Path> configuredLibrary;
    private final Supplier<Optional<AnsibleInstall>> install;
    private final Supplier<CollectionRoots> collections;
    private final PluginRouting routing;

    /**
     * @param configuredLibrary {@code ANSIBLE_LIBRARY} / {@code [defaults] library}
     * @param configuredModuleUtils {@code ANSIBLE_MODULE_UTILS} / {@code [defaults] module_utils}
     * @param install the controller's ansible-core (asked for on first need)
     * @param collections the collection roots (made on first need)
     */
    public ModuleResolver(List<Path> configuredLibrary, List<Path> configuredModuleUtils,
            Supplier<Optional<AnsibleInstall>> install, Supplier<CollectionRoots> collections,
            io.jplay.yaml.YamlLoader yaml) {
        this.configuredLibrary = List.copyOf(configuredLibrary);
        this.install = install;
        this.collections = collections;
        this.routing = new PluginRouting(yaml);
        this.moduleUtilsDirs.addAll(configuredModuleUtils);
    }

    /**
     * Adds a playbook's or role's directory: its {@code library/} and {@code module_utils/}, when
     * present, are searched from now on (before the configured ones), as Ansible does once it has
     * loaded the playbook or role; so is a {@code collections/} directory beside it.
     */
    public void addPluginDirs(Path dir) {
        Path library = dir.resolve("library").toAbsolutePath().normalize();
        if (Files.isDirectory(library) && !libraryDirs.contains(library)) {
            libraryDirs.add(library);
        }
        Path adjacent = dir.resolve("collections").toAbsolutePath().normalize();
        if (Files.isDirectory(adjacent.resolve("ansible_collections")) && !adjacentCollections.contains(adjacent)) {
            adjacentCollections.add(adjacent);
        }
        Path utils = dir.resolve("module_utils").toAbsolutePath().normalize();
        if (Files.isDirectory(utils) && !moduleUtilsDirs.contains(utils)) {
            moduleUtilsDirs.add(0, utils);
        }
    }

    /** The directories whose files extend {@code ansible.module_utils}, searched before ansible-core's. */
    public List<Path> moduleUtilsDirs() {
        return List.copyOf(moduleUtilsDirs);
    }

    public Optional<AnsibleInstall> install() {
        return install.get();
    }

    /** The collection roots: playbook-adjacent {@code collections/} first, then the configured ones. */
    public CollectionRoots collectionRoots() {
        return collections.get().prepend(List.copyOf(adjacentCollections));
    }

    /**
     * Resolves an action name as written in a task.
     *
     * @param name {@code mymod}, {@code ansible.builtin.stat}, {@code community.general.ini_file}
     * @param taskCollections the {@code collections:} keyword in effect, in order
     */
    public Resolution resolve(String name, List<String> taskCollections) {
        List<Deprecation> deprecations = new ArrayList<>();
        try {
            Optional<ModuleSource> found;
            if (!name.contains(".")) {
                found = Optional.empty();
                for (String collection : taskCollections) {
                    if (!collection.equals("ansible.legacy") && !collection.equals("ansible.builtin")) {
                        found = qualified(collection + "." + name, deprecations, 0);
                        if (found.isPresent()) {
                            break;
                        }
                    }
                }
                if (found.isEmpty()) {
                    found = legacy(name, deprecations);
                }
            } else if (name.startsWith("ansible.legacy.")) {
                found = legacy(name.substring("ansible.legacy.".length()), deprecations);
            } else {
                found = qualified(name, deprecations, 0);
            }
            return new Resolution(found.orElse(null), deprecations, null);
        } catch (Removed e) {
            return new Resolution(null, deprecations, e.getMessage());
        }
    }

    /**
     * The actions of a {@code module_defaults} group as Ansible's action_groups define them: a name
     * without collection is ansible-core's ({@code ansible.builtin.x}); members without collection
     * belong to the group's collection; {@code metadata.extend_group} adds other groups' members.
     * Empty when the collection or group is unknown.
     */
    public List<String> actionGroup(String group) {
        List<String> out = new ArrayList<>();
        addGroup(group, out, new java.util.HashSet<>());
        return out;
    }

    private void addGroup(String group, List<String> out, java.util.Set<String> seen) {
        String[] parts = group.split("\\.");
        String fq = parts.length < 3 ? "ansible.builtin." + group : group;
        if (!seen.add(fq)) {
            return;
        }
        String[] fqParts = fq.split("\\.", 3);
        String collection = fqParts[0] + "." + fqParts[1];
        Path runtime;
        if (collection.equals("ansible.builtin")) {
            Optional<AnsibleInstall> core = install.get();
            if (core.isEmpty()) {
                return;
            }
            runtime = core.get().builtinRuntime();
        } else {
            Optional<Path> dir = collectionRoots().collection(fqParts[0], fqParts[1]);
            if (dir.isEmpty()) {
                return;
            }
            runtime = dir.get().resolve("meta").resolve("runtime.yml");
        }
        List<?> entries = routing.actionGroup(runtime, fq).or(() -> routing.actionGroup(runtime, fqParts[2]))
                .orElse(List.of());
        List<String> extend = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof java.util.Map<?, ?> m && m.get("metadata") instanceof java.util.Map<?, ?> meta) {
                Object ext = meta.get("extend_group");
                if (ext instanceof String s) {
                    extend.add(s);
                } else if (ext instanceof List<?> l) {
                    l.forEach(e -> extend.add(String.valueOf(e)));
                }
            } else if (entry instanceof String s) {
                out.add(s.split("\\.").length < 3 ? collection + "." + s : s);
            }
        }
        for (String e : extend) {
            addGroup(e.split("\\.").length < 3 ? collection + "." + e : e, out, seen);
        }
    }

    /** A routing deprecation: Ansible's message start, removal version or date, the collection. */
    public record Deprecation(String msg, String version, String date, String collection) {
    }

    /** The outcome of a lookup: the module (or none), deprecations met on the way, a tombstone's text. */
    public record Resolution(ModuleSource source, List<Deprecation> deprecations, String removed) {
        public Optional<ModuleSource> found() {
            return Optional.ofNullable(source);
        }
    }

    private Optional<ModuleSource> legacy(String name, List<Deprecation> deprecations) throws Removed {
        List<Path> dirs = new ArrayList<>(libraryDirs);
        dirs.addAll(configuredLibrary);
        for (Path dir : dirs) {
            Optional<Path> file = moduleFile(dir, name);
            if (file.isPresent()) {
                return Optional.of(new ModuleSource("ansible.legacy." + name, "ansible.modules." + name, file.get()));
            }
        }
        return builtin(name, deprecations, 0);
    }

    private Optional<ModuleSource> builtin(String name, List<Deprecation> deprecations, int depth) throws Removed {
        Optional<AnsibleInstall> core = install.get();
        if (core.isEmpty()) {
            return Optional.empty();
        }
        Optional<PluginRouting.Route> route = routing.module(core.get().builtinRuntime(), name);
        if (route.isPresent()) {
            Optional<ModuleSource> routed = follow("ansible.builtin." + name, "ansible.builtin", route.get(),
                    deprecations, depth);
            if (routed != null) {
                return routed;
            }
        }
        Path file = core.get().modulesDir().resolve(name + ".py");
        return Files.isRegularFile(file)
                ? Optional.of(new ModuleSource("ansible.builtin." + name, "ansible.modules." + name, file))
                : Optional.empty();
    }

    /** A redirect's target, a tombstone's failure, or {@code null} when the route only deprecates. */
    private Optional<ModuleSource> follow(String fqcn, String collection, PluginRouting.Route route,
            List<Deprecation> deprecations, int depth) throws Removed {
        if (route.deprecation() != null) {
            deprecations.add(PluginRouting.deprecation(fqcn, route.deprecation(), collection));
        }
        if (route.tombstone() != null) {
            throw new Removed(PluginRouting.removedText(fqcn, route.tombstone(), collection));
        }
        if (route.redirect() != null && depth < MAX_REDIRECTS) {
            return qualified(route.redirect(), deprecations, depth + 1);
        }
        return null;
    }

    private Optional<ModuleSource> qualified(String fqcn, List<Deprecation> deprecations, int depth) throws Removed {
        String[] parts = fqcn.split("\\.");
        if (parts.length < 3) {
            return Optional.empty();
        }
        String collection = parts[0] + "." + parts[1];
        String resource = fqcn.substring(collection.length() + 1);
        if (collection.equals("ansible.builtin")) {
            return builtin(resource, deprecations, depth);
        }
        if (collection.equals("ansible.legacy")) {
            return legacy(resource, deprecations);
        }
        Optional<Path> dir = collectionRoots().collection(parts[0], parts[1]);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Optional<PluginRouting.Route> route = routing.module(dir.get().resolve("meta").resolve("runtime.yml"), resource);
        if (route.isPresent()) {
            Optional<ModuleSource> routed = follow(fqcn, collection, route.get(), deprecations, depth);
            if (routed != null) {
                return routed;
            }
        }
        Path file = dir.get().resolve("plugins").resolve("modules");
        String[] sub = resource.split("\\.");
        for (int i = 0; i < sub.length - 1; i++) {
            file = file.resolve(sub[i]);
        }
        file = file.resolve(sub[sub.length - 1] + ".py");
        return Files.isRegularFile(file) ? Optional.of(new ModuleSource(fqcn,
                "ansible_collections." + collection + ".plugins.modules." + resource, file)) : Optional.empty();
    }

    /** {@code dir/name.py}, else a file named {@code name} with any other extension (or none). */
    static Optional<Path> moduleFile(Path dir, String name) {
        Path py = dir.resolve(name + ".py");
        if (Files.isRegularFile(py)) {
            return Optional.of(py);
        }
        Path bare = dir.resolve(name);
        if (Files.isRegularFile(bare)) {
            return Optional.of(bare);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String f = p.getFileName().toString();
                int dot = f.lastIndexOf('.');
                return dot > 0 && f.substring(0, dot).equals(name) && !f.endsWith(".pyc") && !f.endsWith(".ps1")
                        && Files.isRegularFile(p);
            }).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static final class Removed extends Exception {
        private static final long serialVersionUID = 1L;

        Removed(String message) {
            super(message);
        }
    }
}
