package io.jplay.module.python;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The directories holding {@code ansible_collections/<namespace>/<name>/}: the configured
 * collections paths ({@code ANSIBLE_COLLECTIONS_PATH}, default {@code ~/.ansible/collections} and
 * {@code /usr/share/ansible/collections}) first, then the controller Python's {@code sys.path}
 * entries that have one, as Ansible's collection finder searches them.
 */
public final class CollectionRoots {
    private final List<Path> roots;

    public CollectionRoots(List<Path> configured, List<Path> sitePaths) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : configured) {
            Path abs = p.toAbsolutePath().normalize();
            out.add(abs.getFileName() != null && abs.getFileName().toString().equals("ansible_collections")
                    ? abs.getParent() : abs);
        }
        out.addAll(sitePaths);
        this.roots = new ArrayList<>(out);
    }

    /** The roots, in search order. */
    public List<Path> roots() {
        return List.copyOf(roots);
    }

    /** These roots with {@code first} searched before them (playbook-adjacent {@code collections/}). */
    public CollectionRoots prepend(List<Path> first) {
        return first.isEmpty() ? this : new CollectionRoots(first, roots);
    }

    /** The directory of collection {@code namespace.name}, from the first root that has it. */
    public Optional<Path> collection(String namespace, String name) {
        for (Path root : roots) {
            Path dir = root.resolve("ansible_collections").resolve(namespace).resolve(name);
            if (Files.isDirectory(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * The file of a dotted name under {@code ansible_collections} ({@code ns.coll.plugins.module_utils.x}),
     * as a module ({@code x.py}) or a package ({@code x/__init__.py}); roots are searched in order.
     */
    public Optional<Path> pythonFile(List<String> parts) {
        for (Path root : roots) {
            Path base = root.resolve("ansible_collections");
            for (String part : parts) {
                base = base.resolve(part);
            }
            Path module = base.resolveSibling(base.getFileName() + ".py");
            if (Files.isRegularFile(module)) {
                return Optional.of(module);
            }
            if (Files.isDirectory(base)) {
                return Optional.of(base.resolve("__init__.py"));
            }
        }
        return Optional.empty();
    }
}
