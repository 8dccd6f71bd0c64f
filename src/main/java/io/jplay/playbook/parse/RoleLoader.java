package io.jplay.playbook.parse;

import io.jplay.playbook.Block;
import io.jplay.playbook.Keywords;
import io.jplay.playbook.Role;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads roles from {@code roles/<name>/} into blocks: meta dependencies first, each role once per
 * play unless its parameters differ or it allows duplicates. Each role carries its handlers.
 */
final class RoleLoader {

    private static final Set<String> ENTRY_KEYWORDS;

    static {
        Set<String> s = new HashSet<>(TaskKeywords.BLOCK);
        s.removeAll(Set.of("block", "rescue", "always", "name"));
        s.add("role");
        ENTRY_KEYWORDS = Set.copyOf(s);
    }

    /** Ansible's collection reference: {@code namespace.collection.name}, each part an identifier. */
    private static final java.util.regex.Pattern FQCR = java.util.regex.Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_.]*");

    private final ParseSession session;
    private final TaskParser tasks;
    private final Path playbookDir;
    private final Set<String> seen = new HashSet<>();
    private final List<String> playRoleNames = new ArrayList<>();
    private final Set<String> dependencyNames = new LinkedHashSet<>();
    /** The play being parsed (at run time, the including play), whose position generated tasks report, as Ansible's do. */
    private SourceLocation playLocation;

    RoleLoader(ParseSession session, TaskParser tasks, Path playbookDir) {
        this.session = session;
        this.tasks = tasks;
        this.playbookDir = playbookDir;
    }

    /** Forget which roles ran and which handlers were collected: a new play ({@code playDs}) starts. */
    void startPlay(SourceLocation play) {
        this.playLocation = play;
        seen.clear();
        playRoleNames.clear();
        dependencyNames.clear();
    }

    /** The roles the play names ({@code roles:} entries, then {@code import_role}s), a role named twice twice. */
    List<String> playRoleNames() {
        return List.copyOf(playRoleNames);
    }

    /** The roles the play's roles depend on, directly or not, each once. */
    List<String> dependencyNames() {
        return List.copyOf(dependencyNames);
    }

    /** The keys of the roles applied so far in this play (its roles: entries and every dependency), not imports. */
    List<String> appliedKeys() {
        return List.copyOf(seen);
    }

    /** A {@code roles:} entry: a name, or a mapping with {@code role:}/{@code name:} and params. */
    List<Block> loadEntry(Object entry, SourceLocation at) throws PlaybookException {
        return loadEntry(entry, at, List.of());
    }

    /** @param parents the directories of the roles that depend on this entry's role, outermost first */
    private List<Block> loadEntry(Object entry, SourceLocation at, List<Path> parents) throws PlaybookException {
        if (entry instanceof String name) {
            if (name.contains(",")) {
                // an AnsibleError: exit code 1, no location
                throw new PlaybookException("Invalid old style role requirement: " + name, SourceLocation.UNKNOWN, 1,
                        false, null);
            }
            return load(name, Map.of(), null, at, false, Map.of(), parents);
        }
        Map<String, Object> ds = Fields.map(entry);
        if (ds == null) {
            throw new PlaybookException("role definitions must contain a role name", at);
        }
        Object name = ds.containsKey("role") ? ds.get("role") : ds.get("name");
        if (name == null) {
            throw new PlaybookException("role definitions must contain a role name", session.at(entry));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        ds.forEach((k, v) -> {
            if (!ENTRY_KEYWORDS.contains(k) && !k.equals("name")) {
                params.put(k, v);
            }
        });
        Map<String, Object> vars = Fields.map(ds.get("vars"));
        if (vars != null) {
            params.putAll(vars);
        }
        return load(String.valueOf(name), params, null, session.at(entry), false, ds, parents);
    }

    /**
     * {@code include_role} at run time: the role always, its dependencies only where {@code applied} (the
     * roles already applied on the hosts, by Ansible's role-cache key) lacks them; {@code applied} gains
     * those this load applies.
     */
    List<Block> loadIncluded(String name, Map<String, Object> params, String tasksFrom, SourceLocation at,
            Set<String> applied) throws PlaybookException {
        seen.addAll(applied);
        List<Block> out = load(name, params == null ? Map.of() : params, tasksFrom, at, true, Map.of(), List.of());
        applied.addAll(seen);
        return out;
    }

    /** {@code import_role}: the role (and its dependencies) as blocks. */
    List<Block> load(String name, Map<String, Object> params, String tasksFrom, SourceLocation at, boolean always)
            throws PlaybookException {
        return load(name, params == null ? Map.of() : params, tasksFrom, at, always, Map.of(), List.of());
    }

    private List<Block> load(String name, Map<String, Object> params, String tasksFrom, SourceLocation at,
            boolean always, Map<String, Object> entry, List<Path> parents) throws PlaybookException {
        // Ansible's play.roles: every role the play names or imports; its dependencies are listed apart
        (parents.isEmpty() ? playRoleNames : dependencyNames).add(name);
        Found found = find(name, at);
        Path dir = found.dir();
        String roleName = found.collection() == null || name.startsWith(found.collection() + ".") ? name
                : found.collection() + "." + name;
        session.pluginDirs.accept(dir);
        Map<String, Object> meta = Fields.map(loadOptional(dir.resolve("meta"), at));
        boolean allowDuplicates = meta != null && Boolean.TRUE.equals(meta.get("allow_duplicates"));
        // Ansible's role cache tells roles apart by params, vars, when and tags: any difference applies the role again
        String key = dir + "|" + params + "|" + tasksFrom + "|" + entry.get("when") + "|" + entry.get("tags");
        List<Block> out = new ArrayList<>();
        if (!always && !allowDuplicates && !seen.add(key)) {
            return out;
        }
        Keywords keywords = Fields.keywords(entry, null);
        List<Object> when = Fields.when(entry.get("when"));
        List<String> tags = session.tags(entry);
        if (meta != null && meta.get("dependencies") instanceof List<?> deps) {
            List<Path> chain = new ArrayList<>(parents);
            chain.add(dir);
            for (Object dep : deps) {
                for (Block b : loadEntry(dep, session.at(meta), chain)) {
                    out.add(inheriting(b, keywords, when, tags, params));
                }
            }
        }
        Path tasksDir = dir.resolve("tasks");
        List<TaskNode> body = List.of();
        Path taskFile = tasksFrom == null ? mainFile(tasksDir) : taskFile(tasksDir, tasksFrom);
        if (tasksFrom != null && taskFile == null) {
            throw new PlaybookException("Could not find specified file in role: tasks/" + tasksFrom, at);
        }
        if (taskFile != null && !taskFile.toAbsolutePath().normalize().startsWith(tasksDir.toAbsolutePath().normalize())) {
            // Ansible's is_subpath check: tasks_from must name a file in the role's tasks directory
            throw new PlaybookException("Failed loading '" + taskFile + "' for role (" + name
                    + ") as it is not inside the expected role path: '" + tasksDir + "'", at);
        }
        // a role's tasks see the collections of its meta/main.yml only, never its caller's
        List<String> roleCollections = meta == null ? List.of() : Fields.collections(meta.get("collections"));
        List<String> scope = new ArrayList<>();
        if (found.collection() != null) {
            // a collection's role finds its collection's modules and roles by short name, as Ansible's does
            scope.add(found.collection());
        }
        if (roleCollections != null) {
            scope.addAll(roleCollections);
        }
        if (taskFile != null) {
            body = session.withCollections(scope, () -> tasks.loadFile(taskFile, at));
        }
        Map<String, Object> validation = validationTask(dir, meta, tasksFrom == null ? "main" : tasksFrom, roleName,
                found.collection(), params, at);
        if (validation != null) {
            List<TaskNode> withCheck = new ArrayList<>(session.withCollections(scope,
                    () -> tasks.parseList(List.of(validation), tasksDir, at)));
            withCheck.addAll(body);
            body = withCheck;
        }
        List<Task> roleHandlers = session.withCollections(scope, () -> loadHandlers(dir.resolve("handlers"), at));
        // as Ansible's Role.get_vars: the vars of every dependency (theirs first), then the role's own
        Map<String, Object> roleVars = dependencyVars(meta, at, new ArrayList<>(List.of(dir)));
        roleVars.putAll(asMap(loadVars(dir.resolve("vars"), at)));
        Role role = new Role(roleName, dir, asMap(loadVars(dir.resolve("defaults"), at)),
                roleVars, params, body, roleHandlers, parents, found.collection());
        out.add(new Block(null, body, List.of(), List.of(), keywords, when, Fields.map(entry.get("vars")), tags, role, at));
        return out;
    }

    /** The vars/ of the roles {@code meta} depends on, each after its own dependencies' ({@code visiting}: no cycles). */
    private Map<String, Object> dependencyVars(Map<String, Object> meta, SourceLocation at, List<Path> visiting)
            throws PlaybookException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (meta == null || !(meta.get("dependencies") instanceof List<?> deps)) {
            return out;
        }
        for (Object dep : deps) {
            Map<String, Object> ds = Fields.map(dep);
            Object name = dep instanceof String ? dep : ds == null ? null : ds.containsKey("role") ? ds.get("role")
                    : ds.get("name");
            if (name == null) {
                continue;
            }
            Path depDir = find(String.valueOf(name), at).dir();
            if (visiting.contains(depDir)) {
                continue;
            }
            visiting.add(depDir);
            out.putAll(dependencyVars(Fields.map(loadOptional(depDir.resolve("meta"), at)), at, visiting));
            out.putAll(asMap(loadVars(depDir.resolve("vars"), at)));
            visiting.remove(depDir);
        }
        return out;
    }

    /**
     * A dependency's block under the role that depends on it: as Ansible's dependency chain, it takes that
     * role's keywords where it sets none, that role's {@code when} and {@code tags} before its own, and that
     * role's parameters under its own.
     */
    private static Block inheriting(Block dep, Keywords keywords, List<Object> when, List<String> tags,
            Map<String, Object> params) {
        List<Object> allWhen = new ArrayList<>(when);
        allWhen.addAll(dep.when());
        List<String> allTags = new ArrayList<>(tags);
        allTags.addAll(dep.tags());
        Role role = dep.role();
        if (role != null && !params.isEmpty()) {
            Map<String, Object> allParams = new LinkedHashMap<>(params);
            allParams.putAll(role.params());
            role = new Role(role.name(), role.path(), role.defaults(), role.vars(), allParams, role.tasks(),
                    role.handlers(), role.parentPaths(), role.collection());
        }
        return new Block(dep.name(), dep.block(), dep.rescue(), dep.always(), dep.keywords().inheritFrom(keywords),
                allWhen, dep.vars(), allTags, role, dep.location());
    }

    private List<Task> loadHandlers(Path handlersDir, SourceLocation at) throws PlaybookException {
        Path file = mainFile(handlersDir);
        return file == null ? List.of() : Handlers.flatten(tasks.loadFile(file, at), session.warnings);
    }

    /**
     * Ansible's role argument validation: when {@code meta/argument_specs.yml} (else {@code meta/main.yml}'s
     * {@code argument_specs}) has the entry point, the role starts with a {@code validate_argument_spec} task
     * tagged {@code always}; {@code null} when it has none.
     */
    private Map<String, Object> validationTask(Path dir, Map<String, Object> meta, String entry, String roleName,
            String collection, Map<String, Object> params, SourceLocation at) throws PlaybookException {
        Map<String, Object> specs = Fields.map(loadOptionalFile(dir.resolve("meta"), "argument_specs", at));
        Object all = specs != null ? specs.get("argument_specs") : meta == null ? null : meta.get("argument_specs");
        Map<String, Object> spec = Fields.map(Fields.map(all) == null ? null : Fields.map(all).get(entry));
        if (spec == null) {
            return null;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("type", "role");
        context.put("name", collection == null ? roleName : roleName.substring(collection.length() + 1));
        context.put("argument_spec_name", entry);
        context.put("path", dir.toString());
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("module", "ansible.builtin.validate_argument_spec");
        action.put("argument_spec", spec.get("options") == null ? new LinkedHashMap<>() : spec.get("options"));
        action.put("provided_arguments", new LinkedHashMap<>(params));
        action.put("validate_args_context", context);
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("action", action);
        task.put("name", "Validating arguments against arg spec '" + entry + "'"
                + (spec.containsKey("short_description") ? " - " + spec.get("short_description") : ""));
        task.put("tags", List.of("always"));
        session.markAt(task, playLocation);
        return task;
    }

    private Object loadOptionalFile(Path subdir, String name, SourceLocation at) throws PlaybookException {
        Path file = taskFile(subdir, name);
        return file == null ? null : session.load(file, at);
    }

    private Found inCollections(String name) {
        List<String> collections = new ArrayList<>();
        String role = name;
        if (FQCR.matcher(name).matches()) {
            String[] parts = name.split("\\.", 3);
            collections.add(parts[0] + "." + parts[1]);
            role = parts[2];
        } else if (!name.contains("/")) {
            String own = enclosingCollection(playbookDir);
            if (own != null) {
                collections.add(own);
            }
            collections.addAll(session.collections());
        }
        for (String c : collections) {
            java.util.Optional<Path> dir = session.collectionDirs.find(c);
            Path roleDir = dir.map(d -> d.resolve("roles")).orElse(null);
            if (roleDir != null && Files.isDirectory(roleDir.resolve(role))) {
                return new Found(roleDir.resolve(role).normalize(), c);
            }
        }
        return null;
    }

    /** The collection whose role holds {@code dir} ({@code .../ansible_collections/ns/coll/roles/r/...}), or {@code null}. */
    private static String enclosingCollection(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null && p.getParent() != null; p = p.getParent()) {
            Path coll = p.getParent();
            if (p.getFileName().toString().equals("roles") && coll.getParent() != null && coll.getParent().getParent() != null
                    && coll.getParent().getParent().getFileName() != null
                    && coll.getParent().getParent().getFileName().toString().equals("ansible_collections")) {
                return coll.getParent().getFileName() + "." + coll.getFileName();
            }
        }
        return null;
    }

    private Object loadOptional(Path subdir, SourceLocation at) throws PlaybookException {
        Path file = mainFile(subdir);
        return file == null ? null : session.load(file, at);
    }

    /**
     * A role's {@code vars}/{@code defaults}: {@code main.yml} (or {@code .yaml}, {@code .json}), else a
     * {@code main} file or directory; a directory's files (recursively, sorted, hidden and backup files left
     * out) each update what the ones before gave, empty ones skipped, as Ansible's {@code _load_role_yaml}.
     */
    private Object loadVars(Path subdir, SourceLocation at) throws PlaybookException {
        Path main = subdir.resolve("main");
        if (mainFile(subdir) != null || !Files.isDirectory(main)) {
            return loadOptional(subdir, at);
        }
        Object data = null;
        for (Path file : varsFiles(main)) {
            Object next = session.load(file, at);
            if (next == null || next instanceof Map<?, ?> m && m.isEmpty() || next instanceof List<?> l && l.isEmpty()
                    || "".equals(next)) {
                continue;
            }
            if (data instanceof Map<?, ?> before && next instanceof Map<?, ?> after) {
                Map<Object, Object> merged = new LinkedHashMap<>(before);
                merged.putAll(after);
                data = merged;
            } else {
                data = next;
            }
        }
        return data;
    }

    /** The files of a vars directory as Ansible's {@code _get_dir_vars_files} lists them. */
    private static List<Path> varsFiles(Path dir) throws PlaybookException {
        List<Path> out = new ArrayList<>();
        List<Path> entries;
        try (var list = Files.list(dir)) {
            entries = list.sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (java.io.IOException e) {
            return out;
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                continue;
            }
            int dot = name.lastIndexOf('.');
            String ext = dot <= 0 ? "" : name.substring(dot);
            if (Files.isDirectory(p) && ext.isEmpty()) {
                out.addAll(varsFiles(p));
            } else if (Files.isRegularFile(p) && List.of("", ".yml", ".yaml", ".json").contains(ext)) {
                out.add(p);
            }
        }
        return out;
    }

    private static Map<String, Object> asMap(Object o) {
        Map<String, Object> m = Fields.map(o);
        return m == null ? Map.of() : m;
    }

    private static Path mainFile(Path dir) {
        return taskFile(dir, "main");
    }

    private static Path taskFile(Path dir, String name) {
        for (String candidate : List.of(name + ".yml", name + ".yaml", name + ".json", name)) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A role's directory and the collection it comes from ({@code null} for a standalone role). */
    private record Found(Path dir, String collection) {
    }

    /**
     * Ansible's role search: a name that is a collection reference ({@code ns.coll.role}) in that collection,
     * an unqualified one first in the collections in effect (the enclosing collection role's own first),
     * then in the role paths.
     */
    private Found find(String name, SourceLocation at) throws PlaybookException {
        List<Path> searched = new ArrayList<>();
        searched.add(playbookDir.resolve("roles"));
        searched.addAll(session.rolesPath);
        searched.add(playbookDir);
        Found inCollection = inCollections(name);
        if (inCollection != null) {
            return inCollection;
        }
        if (name.contains("/") || Path.of(name).isAbsolute()) {
            Path direct = playbookDir.resolve(name);
            if (Files.isDirectory(direct)) {
                return new Found(direct.normalize(), null);
            }
        } else {
            // a dotted name that is no installed collection's role may still be a standalone role's directory
            for (Path dir : searched) {
                if (Files.isDirectory(dir.resolve(name))) {
                    return new Found(dir.resolve(name).normalize(), null);
                }
            }
        }
        StringBuilder where = new StringBuilder();
        for (Path p : searched) {
            where.append(where.length() == 0 ? "" : ":").append(p);
        }
        // an AnsibleError, not a parser error: exit code 1, and include_role only fails its hosts
        throw new PlaybookException("the role '" + name + "' was not found in " + where, at, 1, false, null);
    }
}
