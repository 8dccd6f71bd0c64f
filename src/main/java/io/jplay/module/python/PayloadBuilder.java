package io.jplay.module.python;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the zip a module runs from, as Ansible's AnsiballZ does: the module under its payload name
 * ({@code ansible/modules/x.py}, {@code ansible_collections/ns/coll/plugins/modules/x.py}) plus every
 * {@code ansible.module_utils} and collection {@code module_utils} file it imports, followed
 * recursively, with the {@code __init__.py} of every package on the way (empty ones where the
 * package has none).
 */
final class PayloadBuilder {
    private static final String CORE_UTILS = "ansible.module_utils";

    private final List<Path> moduleUtilsDirs;
    private final Path coreUtilsDir;
    private final CollectionRoots collections;

    PayloadBuilder(List<Path> moduleUtilsDirs, Path coreUtilsDir, CollectionRoots collections) {
        this.moduleUtilsDirs = List.copyOf(moduleUtilsDirs);
        this.coreUtilsDir = coreUtilsDir;
        this.collections = collections;
    }

    /** The zip's bytes for a module (its entries in a stable order). */
    byte[] build(ModuleSource module) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        Deque<String[]> pending = new ArrayDeque<>();
        String moduleEntry = module.pythonName().replace('.', '/') + ".py";
        byte[] code = Files.readAllBytes(module.file());
        entries.put(moduleEntry, code);
        addPackages(module.pythonName(), entries, pending);
        pending.add(new String[] {new String(code, StandardCharsets.UTF_8), packageOf(module.pythonName(), false)});
        while (!pending.isEmpty()) {
            String[] next = pending.poll();
            for (String imported : ImportScanner.imports(next[0], next[1])) {
                Optional<Path> file = locate(imported);
                if (file.isEmpty()) {
                    continue;
                }
                boolean isPackage = file.get().getFileName().toString().equals("__init__.py");
                String entry = imported.replace('.', '/') + (isPackage ? "/__init__.py" : ".py");
                if (entries.containsKey(entry)) {
                    continue;
                }
                byte[] data = Files.isRegularFile(file.get()) ? Files.readAllBytes(file.get()) : new byte[0];
                entries.put(entry, data);
                addPackages(imported, entries, pending);
                pending.add(new String[] {new String(data, StandardCharsets.UTF_8), packageOf(imported, isPackage)});
            }
        }
        return zip(entries);
    }

    /** The file of an importable dotted name, or empty when it is not module_utils code we ship. */
    Optional<Path> locate(String dotted) {
        if (dotted.equals(CORE_UTILS) || dotted.startsWith(CORE_UTILS + ".")) {
            String[] parts = dotted.equals(CORE_UTILS) ? new String[0]
                    : dotted.substring(CORE_UTILS.length() + 1).split("\\.");
            for (Path dir : moduleUtilsDirs) {
                Optional<Path> found = inDir(dir, parts);
                if (found.isPresent()) {
                    return found;
                }
            }
            return inDir(coreUtilsDir, parts);
        }
        if (dotted.startsWith("ansible_collections.")) {
            String[] parts = dotted.substring("ansible_collections.".length()).split("\\.");
            // only plugin code: ns.coll.plugins.<type>...
            if (parts.length >= 5 && parts[2].equals("plugins")) {
                return collections.pythonFile(Arrays.asList(parts));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> inDir(Path dir, String[] parts) {
        Path base = dir;
        for (String part : parts) {
            base = base.resolve(part);
        }
        if (parts.length > 0) {
            Path module = base.resolveSibling(base.getFileName() + ".py");
            if (Files.isRegularFile(module)) {
                return Optional.of(module);
            }
        }
        Path init = base.resolve("__init__.py");
        return Files.isRegularFile(init) ? Optional.of(init) : Optional.empty();
    }

    /**
     * The {@code __init__.py} of every package above {@code dotted}, real where it exists; a real one
     * runs on import, so what it imports is followed too ({@code pending}).
     */
    private void addPackages(String dotted, Map<String, byte[]> entries, Deque<String[]> pending) throws IOException {
        String[] parts = dotted.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            pkg.append(i == 0 ? "" : ".").append(parts[i]);
            String entry = pkg.toString().replace('.', '/') + "/__init__.py";
            if (entries.containsKey(entry)) {
                continue;
            }
            String name = pkg.toString();
            Optional<Path> real = name.startsWith(CORE_UTILS) || name.startsWith("ansible_collections.")
                    ? locate(name) : Optional.empty();
            byte[] data = real.isPresent() && real.get().getFileName().toString().equals("__init__.py")
                    && Files.isRegularFile(real.get()) ? Files.readAllBytes(real.get()) : new byte[0];
            entries.put(entry, data);
            if (data.length > 0) {
                pending.add(new String[] {new String(data, StandardCharsets.UTF_8), name});
            }
        }
    }

    private static String packageOf(String dotted, boolean isPackage) {
        if (isPackage) {
            return dotted;
        }
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? "" : dotted.substring(0, dot);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                // a fixed time keeps the payload the same from run to run
                entry.setTime(315532800000L);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
