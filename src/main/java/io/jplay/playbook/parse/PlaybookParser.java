package io.jplay.playbook.parse;

import io.jplay.playbook.Play;
import io.jplay.playbook.Playbook;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.TaskNode;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads playbooks and task files into the model ({@link Playbook}, {@link TaskNode}) with Ansible's
 * rules and error messages. Static imports ({@code import_playbook}, {@code import_tasks},
 * {@code import_role}, {@code roles:}) are expanded; dynamic includes stay {@code Include} nodes.
 */
public final class PlaybookParser {

    private final YamlLoader loader;
    private final ActionParser actions;
    private final List<Path> rolesPath;
    private final Consumer<String> warnings;
    private final Consumer<Path> pluginDirs;
    private final CollectionDirs collectionDirs;
    private Deprecations deprecations;

    /**
     * @param loader reads the YAML files
     * @param isModule whether a short action name ({@code command}) is a known module
     * @param moduleNames every known short module name, for "did you mean" suggestions
     * @param rolesPath configured role directories, searched after {@code <playbook dir>/roles}
     * @param warnings receives Ansible-style warning texts (no {@code [WARNING]:} prefix)
     */
    /**
     * An ad-hoc command's arguments checked as Ansible's module-args parser checks a task's: free-form text is only
     * for the modules that take it, unless it is a template (then the arguments it gives when the task runs).
     *
     * @param action the module as the command line named it
     * @return the arguments to run with
     */
    public static Map<String, Object> checkedAdHocArgs(String action, Map<String, Object> args)
            throws PlaybookException {
        Map<String, Object> checked = new LinkedHashMap<>(args);
        ActionParser.checkRawParams(TaskKeywords.shortName(action), action, checked, SourceLocation.UNKNOWN);
        return checked;
    }

    public PlaybookParser(YamlLoader loader, Predicate<String> isModule,
            Supplier<? extends Collection<String>> moduleNames, List<Path> rolesPath, Consumer<String> warnings) {
        this(loader, isModule, moduleNames, rolesPath, warnings, dir -> { });
    }

    /**
     * As above, and {@code pluginDirs} is told about each playbook and role directory before its
     * tasks are parsed (their {@code library/} holds modules from then on, as in Ansible).
     */
    public PlaybookParser(YamlLoader loader, Predicate<String> isModule,
            Supplier<? extends Collection<String>> moduleNames, List<Path> rolesPath, Consumer<String> warnings,
            Consumer<Path> pluginDirs) {
        this(loader, (ActionCheck) (name, collections) -> isModule.test(name), moduleNames, rolesPath,
                warnings, pluginDirs);
    }

    /**
     * As above, with {@code isAction} told the {@code collections:} keyword in effect for the task
     * (the play's, block's, task's, or for role tasks the role's {@code meta/main.yml} ones).
     */
    public PlaybookParser(YamlLoader loader, ActionCheck isAction,
            Supplier<? extends Collection<String>> moduleNames, List<Path> rolesPath, Consumer<String> warnings,
            Consumer<Path> pluginDirs) {
        this(loader, isAction, moduleNames, rolesPath, warnings, pluginDirs, name -> java.util.Optional.empty());
    }

    /** As above, with {@code collectionDirs} finding the collections whose {@code roles/} hold roles named by FQCN. */
    public PlaybookParser(YamlLoader loader, ActionCheck isAction,
            Supplier<? extends Collection<String>> moduleNames, List<Path> rolesPath, Consumer<String> warnings,
            Consumer<Path> pluginDirs, CollectionDirs collectionDirs) {
        this.collectionDirs = collectionDirs;
        this.pluginDirs = pluginDirs;
        this.loader = loader;
        this.actions = new ActionParser(isAction, moduleNames);
        this.rolesPath = List.copyOf(rolesPath);
        this.warnings = warnings;
    }

    /**
     * This parser with deprecations reported to {@code sink} (by default they are warnings ending in Ansible's
     * removal sentence). Call once, before parsing.
     */
    public PlaybookParser reportingDeprecationsTo(Deprecations sink) {
        this.deprecations = sink;
        return this;
    }

    private ParseSession session() {
        ParseSession session = new ParseSession(loader, actions, rolesPath, warnings, pluginDirs, collectionDirs);
        if (deprecations != null) {
            session.deprecations = deprecations;
        }
        return session;
    }

    /** Parses a playbook; {@code import_playbook} entries are expanded in place. */
    public Playbook parse(Path playbookFile) throws PlaybookException {
        if (!Files.isRegularFile(playbookFile)) {
            throw new PlaybookException("the playbook: " + playbookFile + " could not be found",
                    SourceLocation.UNKNOWN, 1, false, null);
        }
        return new Playbook(playbookFile, plays(playbookFile, new ArrayList<>()));
    }

    /**
     * Loads a task file for {@code include_tasks} at run time. Relative includes inside it resolve
     * against its own directory, then {@code playbookDir}.
     */
    public List<TaskNode> loadTasks(Path tasksFile, Path playbookDir) throws PlaybookException {
        return loadTasks(tasksFile, playbookDir, List.of());
    }

    /** As above, the file's tasks inheriting the including task's {@code collections:}. */
    public List<TaskNode> loadTasks(Path tasksFile, Path playbookDir, List<String> collections)
            throws PlaybookException {
        ParseSession session = session();
        session.dynamicParent = true;
        pluginDirs.accept(playbookDir);
        return session.withCollections(collections, () -> {
            Object data = session.load(tasksFile, SourceLocation.UNKNOWN);
            if (data != null && !(data instanceof List)) {
                throw new PlaybookException("included task files must contain a list of tasks", SourceLocation.UNKNOWN,
                        1, false, null);
            }
            return new TaskParser(session, playbookDir).parseList(data, tasksFile.toAbsolutePath().getParent(),
                    session.at(data));
        });
    }

    /** {@code apply:} of a dynamic include: {@code nodes} in a block with those keywords. */
    public io.jplay.playbook.Block applied(java.util.Map<String, Object> apply, List<TaskNode> nodes, Path playbookDir)
            throws PlaybookException {
        ParseSession session = session();
        session.dynamicParent = true;
        return new TaskParser(session, playbookDir).wrap(apply, nodes, SourceLocation.UNKNOWN);
    }

    /**
     * Loads a role for {@code include_role} at run time: its dependencies, then the role itself, as
     * blocks carrying the role; {@code playAt} (the play's start) is where its argument validation task is.
     * Dependencies whose role-cache key {@code applied} holds are left out (Ansible runs a dependency once
     * per host unless it allows duplicates); {@code applied} gains the keys of the roles this load applies.
     */
    public List<io.jplay.playbook.Block> loadRole(String name, Path playbookDir, String tasksFrom,
            java.util.Map<String, Object> params, List<String> collections, SourceLocation playAt,
            java.util.Set<String> applied) throws PlaybookException {
        ParseSession session = session();
        session.dynamicParent = true;
        return session.withCollections(collections,
                () -> {
                    RoleLoader roles = new TaskParser(session, playbookDir).roles();
                    roles.startPlay(playAt);
                    return roles.loadIncluded(name, params, tasksFrom, SourceLocation.UNKNOWN, applied);
                });
    }

    private List<Play> plays(Path file, List<Path> stack) throws PlaybookException {
        Path abs = file.toAbsolutePath().normalize();
        if (stack.contains(abs)) {
            throw new PlaybookException("import_playbook loop: " + abs + " imports itself", SourceLocation.UNKNOWN);
        }
        stack.add(abs);
        Path dir = abs.getParent();
        ParseSession session = session();
        pluginDirs.accept(dir);
        Object data = session.load(file, SourceLocation.UNKNOWN);
        if (data == null) {
            throw new PlaybookException("Empty playbook, nothing to do: " + unfracked(abs), SourceLocation.UNKNOWN);
        }
        if (!(data instanceof List<?> entries)) {
            throw new PlaybookException("A playbook must be a list of plays, got a " + Fields.pyType(data)
                    + " instead: " + unfracked(abs), session.at(data));
        }
        if (entries.isEmpty()) {
            throw new PlaybookException("A playbook must contain at least one play: " + unfracked(abs),
                    SourceLocation.UNKNOWN);
        }
        TaskParser tasks = new TaskParser(session, dir);
        List<Play> plays = new ArrayList<>();
        for (Object entry : entries) {
            Map<String, Object> ds = Fields.map(entry);
            SourceLocation at = session.at(entry);
            if (ds == null) {
                throw new PlaybookException("playbook entries must be either valid plays or 'import_playbook' "
                        + "statements", session.at(data));
            }
            Object imported = ds.containsKey("import_playbook") ? ds.get("import_playbook")
                    : ds.get("ansible.builtin.import_playbook");
            if (imported != null) {
                plays.addAll(importPlaybook(String.valueOf(imported), ds, dir, at, stack));
            } else {
                plays.add(new PlayParser(session, tasks, dir).parse(ds, at));
            }
        }
        stack.remove(abs);
        return plays;
    }

    /** The path as Ansible's {@code unfrackpath} shows it: absolute, symbolic links resolved. */
    private static Path unfracked(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            return file;
        }
    }

    private List<Play> importPlaybook(String name, Map<String, Object> ds, Path dir, SourceLocation at,
            List<Path> stack) throws PlaybookException {
        Path target = dir.resolve(name);
        if (!Files.isRegularFile(target)) {
            throw new PlaybookException("Unable to retrieve file contents\nCould not find or access '" + target
                    + "' on the Ansible Controller.", at);
        }
        Map<String, Object> extraVars = Fields.map(ds.get("vars"));
        List<Play> out = new ArrayList<>();
        for (Play p : plays(target, stack)) {
            if (extraVars == null || extraVars.isEmpty()) {
                out.add(p);
                continue;
            }
            Map<String, Object> vars = new LinkedHashMap<>(p.vars());
            vars.putAll(extraVars);
            out.add(p.withVars(vars));
        }
        return out;
    }
}
