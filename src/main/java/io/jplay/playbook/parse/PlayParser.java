package io.jplay.playbook.parse;

import io.jplay.playbook.Block;
import io.jplay.playbook.Play;
import io.jplay.playbook.SourceLocation;
import io.jplay.template.PythonRepr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds one {@link Play} from its mapping: keywords checked, task sections and roles loaded. */
final class PlayParser {

    private final ParseSession session;
    private final TaskParser tasks;
    private final Path dir;

    PlayParser(ParseSession session, TaskParser tasks, Path dir) {
        this.session = session;
        this.tasks = tasks;
        this.dir = dir;
    }

    Play parse(Map<String, Object> given, SourceLocation at) throws PlaybookException {
        Map<String, Object> ds = given;
        if (ds.containsKey("user")) {
            // Ansible's old name for remote_user
            if (ds.containsKey("remote_user")) {
                throw new PlaybookException("both 'user' and 'remote_user' are set for this play. The use of 'user' is"
                        + " deprecated, and should be removed", at);
            }
            ds = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Object> e : given.entrySet()) {
                ds.put(e.getKey().equals("user") ? "remote_user" : e.getKey(), e.getValue());
            }
        }
        for (String key : ds.keySet()) {
            if (!TaskKeywords.PLAY.contains(key)) {
                throw new PlaybookException("'" + key + "' is not a valid attribute for a Play"
                        + DidYouMean.suggest(key, TaskKeywords.PLAY), at);
            }
        }
        if (!ds.containsKey("hosts")) {
            throw new PlaybookException("the field 'hosts' is required but was not set", at);
        }
        checkHosts(ds.get("hosts"), at);
        checkSections(ds, at);
        Map<String, Object> play = ds;
        return session.withCollections(Fields.collections(ds.get("collections")), () -> body(play, at));
    }

    /** Ansible's checks of the hosts field: not empty, no None, only strings. */
    private static void checkHosts(Object hosts, SourceLocation at) throws PlaybookException {
        if (hosts == null || "".equals(hosts) || hosts instanceof List<?> l && l.isEmpty()) {
            throw new PlaybookException("Hosts list cannot be empty. Please check your playbook", at);
        }
        if (hosts instanceof List<?> list) {
            for (Object entry : list) {
                if (entry == null) {
                    throw new PlaybookException("Hosts list cannot contain values of 'None'. Please check your playbook",
                            at);
                }
                if (!(entry instanceof String)) {
                    throw new PlaybookException("Hosts list contains an invalid host value: '"
                            + PythonRepr.str(entry) + "'", at);
                }
            }
        }
    }

    /** The play's task sections must be lists (or null), with Ansible's message for each. */
    private static void checkSections(Map<String, Object> ds, SourceLocation at) throws PlaybookException {
        for (String section : List.of("tasks", "pre_tasks", "post_tasks", "handlers")) {
            Object value = ds.get(section);
            if (value != null && !(value instanceof List)) {
                throw new PlaybookException("A malformed block was encountered while loading " + section
                        + (section.equals("tasks") ? ": " + PythonRepr.str(value) + " should be a list or None but is "
                        + Fields.pyType(value) : ""), at);
            }
        }
    }

    private Play body(Map<String, Object> ds, SourceLocation at) throws PlaybookException {
        tasks.roles().startPlay(at);
        List<Block> roles = new ArrayList<>();
        Object roleList = ds.get("roles");
        if (roleList instanceof List<?> list) {
            for (Object entry : list) {
                roles.addAll(tasks.roles().loadEntry(entry, session.at(entry) == SourceLocation.UNKNOWN ? at : session.at(entry)));
            }
        } else if (roleList != null) {
            throw new PlaybookException("A malformed role declaration was encountered.", at);
        }
        List<io.jplay.playbook.Task> handlers = Handlers.flatten(tasks.parseList(ds.get("handlers"), dir, at),
                session.warnings);
        List<io.jplay.playbook.TaskNode> preTasks = tasks.parseList(ds.get("pre_tasks"), dir, at);
        List<io.jplay.playbook.TaskNode> main = tasks.parseList(ds.get("tasks"), dir, at);
        List<io.jplay.playbook.TaskNode> postTasks = tasks.parseList(ds.get("post_tasks"), dir, at);
        // read once every task is parsed: import_role adds to them
        List<String> roleNames = tasks.roles().playRoleNames();
        List<String> dependencyNames = tasks.roles().dependencyNames();
        // Ansible turns a play name that is not text into text the Python way: name: true -> "True"
        return new Play(ds.get("name") == null ? null : PythonRepr.str(ds.get("name")), hosts(ds.get("hosts")),
                ds.get("gather_facts"), session.vars(ds.get("vars"), "Play", at), varsFiles(ds.get("vars_files")),
                preTasks, roles, main, postTasks, handlers, playKeywords(ds),
                ds.get("strategy") == null ? null : String.valueOf(ds.get("strategy")), ds.get("serial"),
                ds.get("max_fail_percentage"), session.tags(ds), dir, at,
                VarsPrompts.parse(ds.get("vars_prompt"), session.at(ds.get("vars_prompt")) == SourceLocation.UNKNOWN ? at
                        : session.at(ds.get("vars_prompt"))), roleNames, dependencyNames, ds.get("order"),
                tasks.roles().appliedKeys());
    }

    private static io.jplay.playbook.Keywords playKeywords(Map<String, Object> ds) {
        return Fields.keywords(ds, null);
    }

    /** A host list written as a YAML list stays a list of patterns, each item text, as Ansible keeps it. */
    private static Object hosts(Object value) {
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            list.forEach(o -> names.add(String.valueOf(o)));
            return List.copyOf(names);
        }
        return value;
    }

    private static List<Object> varsFiles(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        List<Object> one = new ArrayList<>();
        one.add(value);
        return one;
    }
}
