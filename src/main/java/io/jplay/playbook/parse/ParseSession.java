package io.jplay.playbook.parse;

import io.jplay.playbook.SourceLocation;
import io.jplay.yaml.LoadedYaml;
import io.jplay.yaml.Mark;
import io.jplay.yaml.VaultedFileException;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** State shared while one playbook (or task file) is parsed: loaded files' marks and collaborators. */
final class ParseSession {

    final ActionParser actions;
    final List<Path> rolesPath;
    final Consumer<String> warnings;
    /** Ansible's {@code display.deprecated}: by default a warning ending in its removal sentence. */
    Deprecations deprecations;
    /** Told about every playbook and role directory, whose {@code library/} then holds modules. */
    final Consumer<Path> pluginDirs;
    /** The directory of a collection ({@code ns.name}), for roles named by FQCN or found through {@code collections:}. */
    final CollectionDirs collectionDirs;
    /** Whether the tasks being parsed were loaded by a dynamic include (a bare {@code include} in them stays dynamic). */
    boolean dynamicParent;
    private final YamlLoader loader;
    private final Map<Object, Mark> marks = new IdentityHashMap<>();
    private final java.util.Deque<List<String>> collections = new java.util.ArrayDeque<>();

    /** A parse step run inside a {@code collections:} scope. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws PlaybookException;
    }

    /** The {@code collections:} keyword in effect for the task being parsed (empty when none). */
    List<String> collections() {
        return collections.isEmpty() ? List.of() : collections.peek();
    }

    /**
     * Runs {@code step} with {@code names} as the collections in effect; {@code null} keeps the
     * enclosing ones (a block or task without the keyword inherits it, as in Ansible).
     */
    <T> T withCollections(List<String> names, Step<T> step) throws PlaybookException {
        collections.push(names == null ? collections() : List.copyOf(names));
        try {
            return step.run();
        } finally {
            collections.pop();
        }
    }

    ParseSession(YamlLoader loader, ActionParser actions, List<Path> rolesPath, Consumer<String> warnings,
            Consumer<Path> pluginDirs, CollectionDirs collectionDirs) {
        this.collectionDirs = collectionDirs;
        this.pluginDirs = pluginDirs;
        this.loader = loader;
        this.actions = actions;
        this.rolesPath = rolesPath;
        this.warnings = warnings;
        this.deprecations = (msg, version) -> warnings.accept(msg + ". This feature will be removed in version "
                + version + ".");
    }

    /** The file's first document; its maps' marks are remembered for {@link #at}. */
    Object load(Path file, SourceLocation from) throws PlaybookException {
        if (!Files.isRegularFile(file)) {
            throw new PlaybookException("Could not find or access '" + file + "' on the Ansible Controller.", from, 1,
                    false, null);
        }
        try {
            LoadedYaml doc = loader.loadLocated(file);
            marks.putAll(doc.locations());
            return doc.data();
        } catch (VaultedFileException e) {
            // Ansible stops with the vault's own message and exit code 1, without a location
            throw new PlaybookException(e.getMessage(), SourceLocation.UNKNOWN, 1, true, e);
        } catch (YamlException e) {
            // ansible-playbook fails on too deep nesting with an unexpected exception: exit code 250
            int code = e instanceof io.jplay.yaml.YamlTooDeepException ? 250 : 4;
            throw new PlaybookException(e.getMessage(), new SourceLocation(e.file(), e.line(), e.column()), code,
                    true, e);
        }
    }

    /** Where a loaded map or list started. */
    /** Gives {@code made} (data jplay writes, as Ansible's generated tasks) the source position {@code at}. */
    void markAt(Object made, SourceLocation at) {
        if (at != null && at.line() > 0) {
            marks.put(made, new Mark(at.file(), at.line(), at.column()));
        }
    }

    SourceLocation at(Object node) {
        Mark m = node == null ? null : marks.get(node);
        return m == null ? SourceLocation.UNKNOWN : new SourceLocation(m.file(), m.line(), m.column());
    }

    /**
     * A {@code vars:} value as Ansible's {@code _load_vars} takes it: a mapping, or a list of mappings merged in
     * order; every key a valid variable name. {@code owner} is the Ansible class named in the errors
     * ({@code Play}, {@code Task}, {@code Block}...). {@code null} when the value is absent.
     */
    Map<String, Object> vars(Object value, String owner, SourceLocation fallback) throws PlaybookException {
        if (value == null) {
            return null;
        }
        List<?> parts = value instanceof List<?> l ? l : List.of(value);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Object part : parts) {
            if (!(part instanceof Map<?, ?> m)) {
                throw new PlaybookException("Vars in a " + owner
                        + " must be specified as a dictionary, or a list of dictionaries", where(value, fallback));
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!io.jplay.python.PyIdentifier.isIdentifier(e.getKey())) {
                    throw new PlaybookException("Invalid variable name in vars specified for " + owner + ": '"
                            + e.getKey() + "' is not a valid variable name", where(part, fallback));
                }
                out.put((String) e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * The {@code tags} of a play, role, block or task, as Ansible's {@code _load_tags}: a list, or a
     * comma-separated text; any other value written there (a mapping, a number, nothing) stops the
     * run with exit code 1, as Ansible's plain {@code AnsibleError} does.
     */
    List<String> tags(Map<String, Object> ds) throws PlaybookException {
        Object value = ds.get("tags");
        if (ds.containsKey("tags") && !(value instanceof List) && !(value instanceof String)) {
            throw new PlaybookException("tags must be specified as a list", at(value), 1, false, null);
        }
        return Fields.tags(value);
    }

    /** A task's {@code loop_control}, which must be written as a mapping (never a variable). */
    io.jplay.playbook.LoopControl loopControl(Map<String, Object> ds) throws PlaybookException {
        Object value = ds.get("loop_control");
        if (ds.containsKey("loop_control") && !(value instanceof Map)) {
            throw new PlaybookException("the `loop_control` value must be specified as a dictionary and cannot "
                    + "be a variable itself (though it can contain variables)", at(value));
        }
        return Fields.loopControl(value);
    }

    private SourceLocation where(Object node, SourceLocation fallback) {
        SourceLocation at = at(node);
        return at == SourceLocation.UNKNOWN ? fallback : at;
    }
}
