package io.jplay.playbook.parse;

import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import io.jplay.yaml.Unsafe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a list of task mappings into {@link TaskNode}s: tasks, blocks, dynamic includes, and static
 * imports expanded into blocks.
 */
final class TaskParser {

    private final ParseSession session;
    private final RoleLoader roles;
    private final Path playbookDir;

    TaskParser(ParseSession session, Path playbookDir) {
        this.session = session;
        this.playbookDir = playbookDir;
        this.roles = new RoleLoader(session, this, playbookDir);
    }

    RoleLoader roles() {
        return roles;
    }

    /** Parses a task list; {@code baseDir} is where relative include/import paths are looked up. */
    List<TaskNode> parseList(Object value, Path baseDir, SourceLocation owner) throws PlaybookException {
        List<TaskNode> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            throw new PlaybookException("A malformed block was encountered while loading tasks: "
                    + "the value should be a list or None but is " + Fields.pyType(value), owner);
        }
        for (Object entry : list) {
            Map<String, Object> ds = Fields.map(entry);
            if (ds == null) {
                throw new PlaybookException("The ds (" + entry + ") should be a dict but was a "
                        + Fields.pyType(entry), session.at(list));
            }
            out.add(parseEntry(ds, session.at(entry), baseDir));
        }
        return out;
    }

    /** Loads a task file (include_tasks at run time, import_tasks now). */
    List<TaskNode> loadFile(Path file, SourceLocation from) throws PlaybookException {
        Object data = session.load(file, from);
        return parseList(data, file.toAbsolutePath().getParent(), session.at(data));
    }

    private TaskNode parseEntry(Map<String, Object> ds, SourceLocation at, Path baseDir) throws PlaybookException {
        return session.withCollections(Fields.collections(ds.get("collections")), () -> entry(ds, at, baseDir));
    }

    private TaskNode entry(Map<String, Object> ds, SourceLocation at, Path baseDir) throws PlaybookException {
        if (ds.containsKey("block")) {
            return block(ds, at, baseDir);
        }
        ActionParser.ParsedAction action = session.actions.parse(ds, at, session.collections());
        String module = TaskKeywords.shortName(action.action());
        switch (module) {
            case "include":
                session.deprecations.deprecated("\"include\" is deprecated, use include_tasks/import_tasks instead. "
                        + "See https://docs.ansible.com/ansible-core/2.14/user_guide/playbooks_reuse_includes.html "
                        + "for details", "2.16");
                return bareInclude(ds, action, at, baseDir);
            case "include_tasks":
            case "include_role":
                return include(module, ds, action, at, baseDir);
            case "import_tasks":
                return importTasks(ds, action, at, baseDir);
            case "import_role":
                return importRole(ds, action, at);
            default:
                return task(ds, action, at);
        }
    }

    private Block block(Map<String, Object> ds, SourceLocation at, Path baseDir) throws PlaybookException {
        for (String key : ds.keySet()) {
            if (!TaskKeywords.BLOCK.contains(key)) {
                throw new PlaybookException("'" + key + "' is not a valid attribute for a Block"
                        + DidYouMean.suggest(key, TaskKeywords.BLOCK), at);
            }
        }
        List<TaskNode> body = parseList(ds.get("block"), baseDir, at);
        List<TaskNode> rescue = parseList(ds.get("rescue"), baseDir, at);
        List<TaskNode> always = parseList(ds.get("always"), baseDir, at);
        List<String> notify = Fields.names(ds.get("notify"));
        if (notify != null && !notify.isEmpty()) {
            // a block's notify is its tasks' where they name none, as Ansible's parent lookup
            body = inheritNotify(body, notify);
            rescue = inheritNotify(rescue, notify);
            always = inheritNotify(always, notify);
        }
        return new Block(str(ds.get("name")), body, rescue, always, Fields.keywords(ds, null), Fields.when(ds.get("when")), session.vars(ds.get("vars"), "Block", at),
                session.tags(ds), null, at);
    }

    /** {@code body} in a block with the keywords of {@code ds} (an include's {@code apply:}). */
    Block wrap(Map<String, Object> ds, List<TaskNode> body, SourceLocation at) throws PlaybookException {
        for (String key : ds.keySet()) {
            if (!TaskKeywords.BLOCK.contains(key) || List.of("block", "rescue", "always").contains(key)) {
                throw new PlaybookException("'" + key + "' is not a valid attribute for a Block"
                        + DidYouMean.suggest(key, TaskKeywords.BLOCK), at);
            }
        }
        List<String> notify = Fields.names(ds.get("notify"));
        List<TaskNode> nodes = notify == null || notify.isEmpty() ? body : inheritNotify(body, notify);
        return new Block(str(ds.get("name")), nodes, List.of(), List.of(), Fields.keywords(ds, null),
                Fields.when(ds.get("when")), session.vars(ds.get("vars"), "Block", at), session.tags(ds), null, at);
    }

    private Task task(Map<String, Object> ds, ActionParser.ParsedAction action, SourceLocation at)
            throws PlaybookException {
        String with = Fields.withKey(ds);
        Object loop = ds.containsKey("loop") ? ds.get("loop") : with == null ? null : ds.get(with);
        String loopKind = ds.containsKey("loop") ? "loop" : with == null ? null : with.substring("with_".length());
        return new Task(taskName(ds.get("name")), action.action(), action.args(),
                Fields.keywords(ds, action.delegateTo()), Fields.when(ds.get("when")), loop, loopKind,
                session.loopControl(ds), str(ds.get("register")), ds.get("until"),
                ds.get("retries"), ds.get("delay"), ds.get("changed_when"), ds.get("failed_when"),
                ds.get("async"), ds.get("poll"), ds.get("delegate_facts"), session.vars(ds.get("vars"), "Task", at),
                session.tags(ds), Fields.names(ds.get("notify")), Fields.names(ds.get("listen")), at,
                session.collections());
    }

    private Include include(String kind, Map<String, Object> ds, ActionParser.ParsedAction action,
            SourceLocation at, Path baseDir) throws PlaybookException {
        for (String key : ds.keySet()) {
            // the module's own key and with_* (Ansible's loop_with) are not keywords of the include
            if (TaskKeywords.TASK.contains(key) && !TaskKeywords.INCLUDE.contains(key)) {
                throw new PlaybookException("'" + key + "' is not a valid attribute for a "
                        + (kind.equals("include_role") ? "IncludeRole" : "TaskInclude"), at);
            }
        }
        Map<String, Object> args = new LinkedHashMap<>(action.args());
        Object target;
        if (kind.equals("include_role")) {
            target = args.remove("name");
        } else {
            target = args.containsKey("_raw_params") ? args.remove("_raw_params") : args.remove("file");
        }
        String with = Fields.withKey(ds);
        Object loop = ds.containsKey("loop") ? ds.get("loop") : with == null ? null : ds.get(with);
        String loopKind = ds.containsKey("loop") ? "loop" : with == null ? null : with.substring("with_".length());
        return new Include(kind, taskName(ds.get("name")), target, args, Fields.keywords(ds, action.delegateTo()),
                Fields.when(ds.get("when")), loop, loopKind, session.loopControl(ds),
                session.vars(ds.get("vars"), kind.equals("include_role") ? "IncludeRole" : "TaskInclude", at),
                session.tags(ds), baseDir, at, session.collections(), action.action());
    }

    /**
     * The deprecated bare {@code include}: static (imported now) when its file name is not a template,
     * it has no loop and nothing above it is a dynamic include; dynamic otherwise. Either way its
     * {@code key=value} arguments are variables of the included tasks.
     */
    private TaskNode bareInclude(Map<String, Object> ds, ActionParser.ParsedAction action, SourceLocation at,
            Path baseDir) throws PlaybookException {
        Map<String, Object> args = new LinkedHashMap<>(action.args());
        Object target = args.containsKey("_raw_params") ? args.remove("_raw_params") : args.remove("file");
        Map<String, Object> withVars = new LinkedHashMap<>(ds);
        if (!args.isEmpty()) {
            Map<String, Object> vars = new LinkedHashMap<>(args);
            Map<String, Object> own = Fields.map(ds.get("vars"));
            if (own != null) {
                vars.putAll(own);
            }
            withVars.put("vars", vars);
        }
        Map<String, Object> targetOnly = new LinkedHashMap<>();
        targetOnly.put("_raw_params", target);
        ActionParser.ParsedAction bare = new ActionParser.ParsedAction(action.action(), targetOnly, action.delegateTo());
        boolean loop = ds.containsKey("loop") || Fields.withKey(ds) != null;
        if (session.dynamicParent || loop || String.valueOf(target).contains("{{") || String.valueOf(target).contains("{%")) {
            return include("include", withVars, action, at, baseDir); // include_args keep the key=value pairs
        }
        Block imported = importTasks(withVars, bare, at, baseDir);
        Map<String, Object> params = session.vars(ds.get("vars"), "TaskInclude", at);
        return new Block(imported.name(), imported.block(), imported.rescue(), imported.always(), imported.keywords(),
                imported.when(), imported.vars(), imported.tags(), imported.role(), imported.location(), params);
    }

    private Block importTasks(Map<String, Object> ds, ActionParser.ParsedAction action, SourceLocation at,
            Path baseDir) throws PlaybookException {
        Object target = action.args().containsKey("_raw_params") ? action.args().get("_raw_params")
                : action.args().get("file");
        if (target == null) {
            throw new PlaybookException("No file specified for import_tasks", at);
        }
        String name = String.valueOf(target);
        if (name.contains("{{")) {
            throw new PlaybookException("jplay cannot import a templated file name statically: " + name
                    + " (use include_tasks)", at);
        }
        Path file = resolve(baseDir, name);
        if (file == null) {
            // Ansible's loader error (an AnsibleFileNotFound): exit code 1, no location
            throw new PlaybookException("Unable to retrieve file contents\nCould not find or access '"
                    + baseDir.resolve(name) + "' on the Ansible Controller.\nIf you are using a module and expect the "
                    + "file to exist on the remote, see the remote_src option", SourceLocation.UNKNOWN, 1, false, null);
        }
        Object data = session.load(file, at);
        if (data != null && !(data instanceof List)) {
            throw new PlaybookException("included task files must contain a list of tasks", session.at(data));
        }
        List<TaskNode> body = parseList(data, file.toAbsolutePath().getParent(), session.at(data));
        List<String> notify = Fields.names(ds.get("notify"));
        if (notify != null && !notify.isEmpty()) {
            body = inheritNotify(body, notify);
        }
        return new Block(null, body, List.of(), List.of(), Fields.keywords(ds, action.delegateTo()),
                Fields.when(ds.get("when")), session.vars(ds.get("vars"), "TaskInclude", at),
                session.tags(ds), null, at);
    }

    /** The tasks with the import's (or block's) {@code notify} where they have none of their own, as Ansible's parent lookup. */
    private static List<TaskNode> inheritNotify(List<TaskNode> nodes, List<String> notify) {
        List<TaskNode> out = new ArrayList<>();
        for (TaskNode n : nodes) {
            if (n instanceof Task t) {
                out.add(t.notifies().isEmpty() ? t.withNotifies(notify) : t);
            } else if (n instanceof Block b) {
                out.add(new Block(b.name(), inheritNotify(b.block(), notify), inheritNotify(b.rescue(), notify),
                        inheritNotify(b.always(), notify), b.keywords(), b.when(), b.vars(), b.tags(), b.role(),
                        b.location(), b.includeParams()));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private Block importRole(Map<String, Object> ds, ActionParser.ParsedAction action, SourceLocation at)
            throws PlaybookException {
        Map<String, Object> args = action.args();
        Object name = args.get("name");
        if (name == null) {
            throw new PlaybookException("'name' is a required field for import_role.", at);
        }
        Map<String, Object> params = session.vars(ds.get("vars"), "IncludeRole", at);
        List<Block> loaded = roles.load(String.valueOf(name), params, str(args.get("tasks_from")), at, true);
        List<TaskNode> body = new ArrayList<>(loaded);
        return new Block(null, body, List.of(), List.of(), Fields.keywords(ds, action.delegateTo()),
                Fields.when(ds.get("when")), null, session.tags(ds), null, at);
    }

    /** A relative task file: next to the including file first, then in the playbook's directory. */
    Path resolve(Path baseDir, String name) {
        Path p = Path.of(name);
        if (p.isAbsolute()) {
            return Files.isRegularFile(p) ? p : null;
        }
        for (Path dir : List.of(baseDir, baseDir.resolve("tasks"), playbookDir)) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate.normalize();
            }
        }
        return null;
    }

    /**
     * A task's name when it is text. Ansible shows a task named by a number or a boolean
     * ({@code name: true}) under its action, as if it had no name: its banner turns the name into
     * text with non-strings made empty.
     */
    private static String taskName(Object o) {
        if (o instanceof Unsafe u) {
            return taskName(u.value());
        }
        return o instanceof String s ? s : null;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
