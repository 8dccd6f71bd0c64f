package io.jplay.executor;

import io.jplay.inventory.Host;
import io.jplay.output.RunListener;
import io.jplay.playbook.Include;
import io.jplay.playbook.TaskNode;
import io.jplay.result.Truth;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import io.jplay.vars.PlayVars;
import io.jplay.vars.VariableManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs {@code include_tasks} and {@code include_role}: decides per host (and per loop item) which
 * file to load, reports {@code included: FILE for HOSTS}, then runs the loaded tasks for the hosts
 * that included the same file with the same item.
 */
final class IncludeRunner {

    /** Runs the loaded nodes for a group of hosts. */
    interface Body {
        void run(List<TaskNode> nodes, NodeScope scope, List<Host> hosts) throws InterruptedException;
    }

    /** How the include ended on each host, reported like a task's results. */
    interface Events {
        void skipped(Host host, Map<String, Object> result);

        void failed(Host host, Map<String, Object> result);

        void included(Host host);

        /** The include task's own result on a host (Ansible's {@code include}/{@code include_args}). */
        void result(Host host, Map<String, Object> result);

        /** {@code include_role} could not load its role: the error is shown and the hosts fail, uncounted. */
        void roleNotLoaded(String error, List<Host> hosts);

        /** {@code include_role} loaded a role: its handlers join the play's. */
        void roleLoaded(io.jplay.playbook.Role role);
    }

    /** @param applied the roles already applied on the group's hosts (include_role: their dependencies run once) */
    private record Key(String file, int itemIndex, boolean noLog, Set<String> applied, Object tasksFrom) {
    }

    /** @param loopVars the item's loop variables (loop_var, index_var, ansible_loop...), empty without a loop */
    private record Group(Path file, Object item, Object label, boolean hasItem, Map<String, Object> loopVars,
            boolean noLog, Set<String> applied, Object tasksFrom, List<Host> hosts) {
    }

    private final RunServices services;
    private final VariableManager variables;
    private final PlayVars playVars;
    private final RunListener listener;
    private final HostTaskRunner runner;
    private final Templater templater;
    private final Map<String, Set<String>> appliedRoles;

    /** @param appliedRoles per host, the play's roles applied so far by role key (updated by include_role) */
    IncludeRunner(RunServices services, VariableManager variables, PlayVars playVars, RunListener listener,
            HostTaskRunner runner, Map<String, Set<String>> appliedRoles) {
        this.appliedRoles = appliedRoles;
        this.services = services;
        this.variables = variables;
        this.playVars = playVars;
        this.listener = listener;
        this.runner = runner;
        this.templater = services.templater();
    }

    /**
     * Decides, per host and item, which file to include; reports the include's results and the
     * {@code included:} lines as Ansible does, then runs each included file for its hosts in turn.
     */
    void run(Include include, NodeScope outer, List<Host> hosts, Body body, Events events)
            throws InterruptedException {
        Map<Key, Group> groups = new LinkedHashMap<>();
        List<Object> conditions = new ArrayList<>(outer.conditions());
        conditions.addAll(include.when());
        for (Host host : hosts) {
            Map<String, Object> vars = variables.taskVars(host, playVars,
                    outer.vars().withParams(include.vars()).withSpecial(outer.special(include.location())));
            List<Object> items;
            io.jplay.playbook.LoopControl control;
            try {
                items = include.loop() == null ? null
                        : LoopItems.resolve(include.loopKind(), include.loop(), include.kind(), templater, services.lookups(), vars);
                control = LoopRunner.templated(include.loopControl(), templater, vars);
            } catch (Exception e) {
                events.failed(host, HostTaskRunner.failed(String.valueOf(e.getMessage())));
                continue;
            }
            boolean noLog = noLog(include, outer, vars);
            int count = items == null ? 1 : items.size();
            boolean any = false;
            Map<String, Object> skip = null;
            List<Object> itemResults = new ArrayList<>();
            Map<String, Object> single = null;
            for (int i = 0; i < count; i++) {
                // a loop lookup's items are unsafe: so in the included tasks' variables, plain in results
                Object item = items == null ? null : io.jplay.yaml.Unsafe.stripped(items.get(i));
                Map<String, Object> loopVars = items == null ? Map.of()
                        : LoopRunner.loopVars(control, items, i);
                Map<String, Object> itemVars = items == null ? vars : HostTaskRunner.layered(vars, loopVars);
                Map<String, Object> s = runner.checkConditions(null, conditions, itemVars);
                if (s != null) {
                    skip = s;
                    continue;
                }
                try {
                    Object target = templater.template(include.target(), itemVars);
                    String name = String.valueOf(target);
                    Map<String, Object> own = new LinkedHashMap<>();
                    if (!include.kind().equals("include_role")) {
                        own.put("include", name);
                    }
                    own.put("include_args", includeArgs(include, itemVars));
                    if (items == null) {
                        own.put("changed", false);
                    }
                    Object label = items == null ? null : label(include, item, itemVars);
                    if (items != null) {
                        loopVars.forEach((k, v) -> own.put(k, io.jplay.yaml.Unsafe.stripped(v)));
                        own.put("_ansible_item_label", label);
                        itemResults.add(own);
                    } else {
                        single = own;
                    }
                    Path file = include.kind().equals("include_role") ? Path.of(name) : resolve(include, name);
                    // include_role's tasks_from is templated, as Ansible's from_files
                    Object tasksFrom = include.kind().equals("include_role") && include.args().get("tasks_from") != null
                            ? templater.template(include.args().get("tasks_from"), itemVars) : null;
                    Set<String> applied = include.kind().equals("include_role")
                            ? Set.copyOf(appliedRoles.getOrDefault(host.name(), Set.of())) : Set.of();
                    groups.computeIfAbsent(new Key(file.toString(), items == null ? -1 : i, noLog, applied, tasksFrom),
                            k -> new Group(file, item, label, items != null, loopVars, noLog, applied, tasksFrom,
                                    new ArrayList<>())).hosts()
                            .add(host);
                    any = true;
                } catch (TemplateException e) {
                    events.failed(host, censored(HostTaskRunner.failed(e.reported()), noLog));
                }
            }
            if (!any && skip != null) {
                skip.put("_ansible_no_log", false);
                events.skipped(host, skip);
            } else if (single != null) {
                events.result(host, censored(single, noLog));
            } else if (!itemResults.isEmpty()) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("changed", false);
                all.put("msg", "All items completed");
                all.put("results", itemResults);
                events.result(host, censored(all, noLog));
            }
        }
        List<List<TaskNode>> loaded = new ArrayList<>();
        List<NodeScope> scopes = new ArrayList<>();
        List<Group> ready = new ArrayList<>();
        for (Group group : groups.values()) {
            NodeScope scope = scopeOf(include, outer, group);
            List<TaskNode> nodes;
            try {
                if (include.kind().equals("include_role")) {
                    Object tasksFrom = group.tasksFrom();
                    Set<String> applied = new HashSet<>(group.applied());
                    nodes = List.copyOf(services.taskFiles().loadRole(group.file().toString(), outer.playDir(),
                            tasksFrom == null ? null : String.valueOf(tasksFrom), include.vars(), include.collections(),
                            outer.playAt(), applied));
                    group.hosts().forEach(h -> appliedRoles.computeIfAbsent(h.name(), n -> new HashSet<>()).addAll(applied));
                    PlayHandlers.roles(nodes).forEach(events::roleLoaded);
                } else {
                    nodes = services.taskFiles().loadTasks(group.file(), include.collections());
                    listener.included(new RunListener.Included(group.file().toString(),
                            group.hosts().stream().map(Host::name).toList(), group.hasItem() ? group.item() : null,
                            group.label(), group.noLog()));
                    group.hosts().forEach(events::included);
                    scope = scope.withBaseDir(Objects.requireNonNullElse(group.file().getParent(), scope.baseDir()));
                }
                if (include.args().get("apply") instanceof Map<?, ?> apply && !apply.isEmpty()) {
                    Map<String, Object> keywords = new LinkedHashMap<>();
                    apply.forEach((k, v) -> keywords.put(String.valueOf(k), v));
                    nodes = List.of(services.taskFiles().applied(keywords, nodes));
                }
            } catch (FatalRunError e) {
                throw e;
            } catch (IncludeFailure e) {
                if (include.kind().equals("include_role")) {
                    // Ansible shows the error, fails the hosts, and counts nothing for them
                    events.roleNotLoaded(e.shown(), group.hosts());
                    continue;
                }
                for (Host h : group.hosts()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("failed", true);
                    r.put("reason", String.valueOf(e.getMessage()));
                    events.failed(h, r);
                }
                continue;
            } catch (Exception e) {
                for (Host h : group.hosts()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("failed", true);
                    r.put("reason", String.valueOf(e.getMessage()));
                    events.failed(h, r);
                }
                continue;
            }
            loaded.add(nodes);
            scopes.add(scope);
            ready.add(group);
        }
        for (int i = 0; i < ready.size(); i++) {
            body.run(loaded.get(i), scopes.get(i), ready.get(i).hosts());
        }
    }

    private Map<String, Object> includeArgs(Include include, Map<String, Object> vars) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : include.args().entrySet()) {
            if (e.getKey().equals("file") || e.getKey().equals("_raw_params")) {
                continue;
            }
            if (include.kind().equals("include_role")) {
                args.put(e.getKey(), e.getValue()); // Ansible reports include_role's arguments as written
                continue;
            }
            try {
                args.put(e.getKey(), templater.template(e.getValue(), vars));
            } catch (TemplateException ex) {
                args.put(e.getKey(), e.getValue());
            }
        }
        if (include.kind().equals("include_role") && !args.containsKey("name")) {
            args.put("name", String.valueOf(include.target()));
        }
        return args;
    }

    /** The include's {@code no_log} (its own or inherited), templated for the host; unrenderable counts as set. */
    private boolean noLog(Include include, NodeScope outer, Map<String, Object> vars) {
        Object noLog = include.keywords().inheritFrom(outer.keywords()).noLog();
        try {
            return noLog != null && Truth.isTrue(templater.template(noLog, vars));
        } catch (TemplateException e) {
            return true;
        }
    }

    /** The item's {@code loop_control.label}, rendered; the item itself when unset. */
    private Object label(Include include, Object item, Map<String, Object> itemVars) {
        Object label = include.loopControl().label();
        if (label == null) {
            return item;
        }
        try {
            return templater.template(label, itemVars);
        } catch (TemplateException e) {
            return label;
        }
    }

    /** The result marked {@code no_log}, so that every callback censors it, when the include is. */
    private static Map<String, Object> censored(Map<String, Object> result, boolean noLog) {
        if (noLog) {
            result.put("_ansible_no_log", true);
        }
        return result;
    }

    private static NodeScope scopeOf(Include include, NodeScope outer, Group group) {
        Map<String, Object> params = new LinkedHashMap<>(include.vars());
        params.putAll(group.loopVars());
        return outer.withParams(params);
    }

    private static Path resolve(Include include, String name) {
        Path p = Path.of(name);
        if (p.isAbsolute() || include.baseDir() == null) {
            return p;
        }
        return include.baseDir().resolve(p).normalize();
    }
}
