package io.jplay.executor;

import io.jplay.inventory.Host;
import io.jplay.output.RunListener;
import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Play;
import io.jplay.playbook.Task;
import io.jplay.playbook.TaskNode;
import io.jplay.result.Truth;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import io.jplay.vars.PlayVars;
import io.jplay.vars.VariableManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one play with the linear strategy: every live host finishes a task before any host starts
 * the next; a host that fails leaves the play; blocks rescue and always; handlers run at the end of
 * each section ({@code pre_tasks}, roles and {@code tasks}, {@code post_tasks}).
 */
final class PlayRunner {
    /** The meta actions Ansible's linear strategy runs once per batch, deciding by the first host. */
    private static final Set<String> RUN_ONCE_META = Set.of("end_play", "end_batch", "clear_host_errors",
            "clear_facts", "refresh_inventory");
    private final RunServices services;
    private final RunOptions options;
    private final VariableManager variables;
    private final TaskDispatcher dispatcher;
    private final Stats stats;
    private final RunState run;
    private final HostTaskRunner runner;
    private final Templater templater;
    private final RunListener listener;
    private final TagFilter tags;
    private final PlayPreparer preparer;

    private Play play;
    private PlayVars playVars;
    private TaskTags taskTags;
    private PlayState state;
    private NodeRunner nodes;
    private Double maxFailPercentage;
    /** The handlers of the roles the play's tasks load: {@code import_role}'s, then {@code include_role}'s as they run. */
    private final List<PlayPreparer.Handler> loadedHandlers = new ArrayList<>();
    /** Per host, the roles applied in this play (by role key), by the play's roles and by include_role: dependencies run once. */
    private final Map<String, java.util.Set<String>> appliedRoles = new java.util.HashMap<>();
    /** {@code --step}: whether the batch still asks before each task (until answered {@code c}). */
    private boolean stepping;
    /** {@code --step} found its input ended. */
    private boolean inputEnded;
    /** {@code --start-at-task}: the task the batch starts at, skipping every one before it; null when none. */
    private TaskNode seeking;

    PlayRunner(RunServices services, RunOptions options, VariableManager variables, TaskDispatcher dispatcher,
            Stats stats, RunState run) {
        this.services = services;
        this.options = options;
        this.variables = variables;
        this.dispatcher = dispatcher;
        this.stats = stats;
        this.run = run;
        this.templater = services.templater();
        this.listener = services.listener();
        this.runner = new HostTaskRunner(services, options, variables);
        this.tags = new TagFilter(options.tags(), options.skipTags());
        this.preparer = new PlayPreparer(services, options, variables);
    }

    /** Runs the play; true when Ansible would run no later play (a batch failed whole, or the play was broken). */
    boolean run(Play given) throws InterruptedException {
        Play play = new VarsPrompts(templater, listener, services.prompter(), options.extraVars()).answer(given, preparer.playLevelVars(given));
        this.play = play;
        loadedHandlers.addAll(PlayHandlers.imported(play));
        Map<String, Object> playLevel = preparer.playLevelVars(play);
        Map<String, Object> varsFiles = preparer.varsFiles(play, playLevel);
        String name = preparer.name(play, playLevel);
        // Ansible's batches take every host of the play, those that failed in an earlier play too (they never run)
        List<Host> hosts = preparer.hosts(play, playLevel, run.withoutFailures());
        // the roles: section and every dependency loaded with the play are applied: include_role skips those dependencies
        hosts.forEach(h -> appliedRoles.put(h.name(), new java.util.HashSet<>(play.appliedRoleKeys())));
        if (hosts.isEmpty()) {
            listener.playStart(new RunListener.PlayStart(name, List.of(), options.check(), play.location().path()));
            listener.noHostsMatched();
            return false;
        }
        nodes = new NodeRunner();
        RoleScopes roles = RoleScopes.of(play);
        Set<String> definedNames = new java.util.HashSet<>(play.vars().keySet());
        definedNames.addAll(varsFiles.keySet());
        roles.defaults().forEach(m -> definedNames.addAll(m.keySet()));
        roles.vars().forEach(m -> definedNames.addAll(m.keySet()));
        definedNames.addAll(options.extraVars().keySet());
        for (List<Host> batch : SerialBatches.of(play.serial(), hosts, templater, playLevel)) {
            // as Ansible's task queue manager, before each batch's play banner
            ReservedNames.among(definedNames).forEach(n -> listener.warning("Found variable using reserved name: " + n));
            // Ansible prints the play banner again for every serial batch
            listener.playStart(new RunListener.PlayStart(name, batch.stream().map(Host::name).toList(),
                    options.check(), play.location().path()));
            Set<String> failedBefore = new java.util.HashSet<>();
            batch.stream().map(Host::name).filter(run::excluded).forEach(failedBefore::add);
            // as Ansible's play copy per batch: the hosts failed so far are removed, those ended in a batch are back
            Set<String> removed = new java.util.LinkedHashSet<>();
            hosts.stream().map(Host::name).filter(run::excluded).forEach(removed::add);
            state = new PlayState(batch, failedBefore, removed);
            runBatch(play, playLevel, varsFiles, name, hosts, batch);
            if (state.breaksPlaybook()) {
                return true;
            }
            if (state.playEnded()) {
                break;
            }
        }
        return inputEnded;
    }

    /** One {@code serial} batch (all hosts when the play has no {@code serial}). */
    private void runBatch(Play play, Map<String, Object> playLevel, Map<String, Object> varsFiles, String name,
            List<Host> all, List<Host> batch) throws InterruptedException {
        playVars = preparer.playVars(play, varsFiles, name, all, batch);
        stepping = services.step();
        RoleScopes roles = RoleScopes.of(play);
        taskTags = new TaskTags(templater, variables.playVars(playVars, roles.defaults(), roles.vars()));
        maxFailPercentage = preparer.maxFailPercentage(play, playLevel);
        int gathers = preparer.gathersFacts(play, playLevel) ? 1 : 0;
        if (run.startAtTask() != null) {
            StartAtSearch search = startAtSearch();
            if (gathers == 1 && search.matches("Gathering Facts", "Gathering Facts")) {
                // the match is the gathering itself: Ansible gathers, then runs its gathering block again as a task
                run.startAtTaskFound();
                gathers = 2;
            } else if (!startAt(play, search)) {
                return;
            } else if (gathers == 0 && search.foundFirst()) {
                gathers = 1;
            }
        }
        List<Host> gathering = batch;
        if (gathers > 0 && options.gathering().equals("smart")) {
            // Ansible's 'smart': only the hosts whose cached facts were not gathered yet
            gathering = batch.stream().filter(h -> !Truth.isTrue(
                    io.jplay.yaml.Unsafe.stripped(variables.state(h.name()).facts().get("_ansible_facts_gathered"))))
                    .toList();
        }
        for (int i = 0; i < gathers && !gathering.isEmpty(); i++) {
            runTask(NodeScope.ofPlay(play.keywords(), play.tags(), play.baseDir(), play.location())
                    .taskContext(SyntheticTasks.gatherFacts(play), false), gathering);
        }
        NodeScope scope = NodeScope.ofPlay(play.keywords(), play.tags(), play.baseDir(), play.location());
        nodes.run(play.preTasks(), scope, batch);
        flushHandlers(scope);
        List<TaskNode> main = new ArrayList<>(play.roles());
        main.addAll(play.tasks());
        nodes.run(main, scope, batch);
        flushHandlers(scope);
        nodes.run(play.postTasks(), scope, batch);
        flushHandlers(scope);
        for (String h : state.failedHosts()) {
            run.failed(h);
        }
        for (String h : state.unreachableHosts()) {
            run.unreachable(h);
        }
    }

    /**
     * Looks for the {@code --start-at-task} task before the batch runs, as Ansible's play iterator: found, the batch
     * gathers facts and starts there; not found (false), its hosts run nothing of this play (a later play may have it).
     */
    private boolean startAt(Play play, StartAtSearch search) {
        NodeScope scope = NodeScope.ofPlay(play.keywords(), play.tags(), play.baseDir(), play.location());
        List<TaskNode> all = new ArrayList<>(play.preTasks());
        all.addAll(play.roles());
        all.addAll(play.tasks());
        all.addAll(play.postTasks());
        seeking = search.find(all, scope);
        if (seeking != null) {
            run.startAtTaskFound();
        }
        return seeking != null;
    }

    private StartAtSearch startAtSearch() {
        return new StartAtSearch(run.startAtTask(), new StartAtSearch.Selection() {
            @Override
            public boolean task(TaskContext tc) {
                return tags.selects(taskTags.evaluate(tc.tags()));
            }

            @Override
            public boolean include(Include include, NodeScope outer) {
                return includeSelected(include, outer);
            }
        });
    }

    /**
     * Brings {@code ansible_play_hosts}, {@code ansible_play_batch} and {@code play_hosts} up to date before a
     * task: Ansible computes them for every task, leaving out the hosts removed from the play so far.
     */
    private void refreshPlayHosts() {
        List<String> batchNames = state.batchNames();
        List<String> all = new ArrayList<>();
        for (Object h : (List<?>) playVars.magic().get("ansible_play_hosts_all")) {
            if (!state.removed(String.valueOf(h))) {
                all.add(String.valueOf(h));
            }
        }
        playVars.magic().put("ansible_play_hosts", all);
        playVars.magic().put("ansible_play_batch", batchNames);
        playVars.magic().put("play_hosts", batchNames);
    }

    /** Walks a task list for a set of hosts. */
    private final class NodeRunner {

        void run(List<TaskNode> list, NodeScope scope, List<Host> hosts) throws InterruptedException {
            for (TaskNode node : list) {
                if (state.live(hosts).isEmpty()) {
                    return;
                }
                if (seeking != null && !(node instanceof Block)) {
                    if (node != seeking) {
                        continue;
                    }
                    seeking = null;
                }
                if (node instanceof Task task) {
                    runTaskNode(task, scope, hosts);
                } else if (node instanceof Block block) {
                    runBlock(block, scope, hosts);
                } else if (node instanceof Include include) {
                    runInclude(include, scope, hosts);
                }
            }
        }

        private void runTaskNode(Task task, NodeScope scope, List<Host> hosts) throws InterruptedException {
            TaskContext tc = scope.taskContext(task, false);
            if (task.module().equals("meta")) {
                runMeta(tc, hosts, scope);
            } else {
                runTask(tc, hosts);
            }
        }

        private void runBlock(Block block, NodeScope outer, List<Host> hosts) throws InterruptedException {
            NodeScope scope = outer.enter(block);
            if (block.role() != null) {
                scope = scope.withRole(block.role());
            }
            List<Host> entered = state.live(hosts);
            boolean hasRescue = !block.rescue().isEmpty();
            boolean hasAlways = !block.always().isEmpty();
            run(block.block(), scope.handling(hasRescue || outer.rescuable(), hasRescue || hasAlways || outer.recovers()),
                    entered);
            if (hasRescue) {
                List<Host> rescued = new ArrayList<>();
                for (Host h : entered) {
                    if (state.failed(h.name())) {
                        state.rescue(h.name());
                        rescued.add(h);
                    }
                }
                if (!rescued.isEmpty()) {
                    run(block.rescue(), scope.handling(outer.rescuable(), hasAlways || outer.recovers()), rescued);
                }
            }
            if (hasAlways) {
                List<Host> always = new ArrayList<>();
                List<String> wasFailed = new ArrayList<>();
                for (Host h : entered) {
                    if (state.failed(h.name())) {
                        wasFailed.add(h.name());
                        state.suspendFailure(h.name());
                    }
                    always.add(h);
                }
                run(block.always(), scope.handling(outer.rescuable(), outer.recovers()), always);
                wasFailed.forEach(state::resumeFailure);
            }
        }

        private void runInclude(Include include, NodeScope outer, List<Host> hosts) throws InterruptedException {
            List<Host> live = state.live(hosts);
            if (live.isEmpty() || !includeSelected(include, outer)) {
                return;
            }
            String name = includeName(include, outer);
            if (!takeStep("TASK: ", name)) {
                return;
            }
            refreshPlayHosts();
            TaskContext tc = outer.taskContext(SyntheticTasks.task(name, include.action(), include.args(),
                    include.location()), false);
            Map<String, Object> shownArgs = new LinkedHashMap<>();
            if (include.kind().equals("include_role")) {
                shownArgs.put("name", include.target());
            } else if (!include.args().containsKey("file")) {
                shownArgs.put("_raw_params", include.target());
            }
            shownArgs.putAll(include.args());
            listener.taskStart(new RunListener.TaskStart(name, include.action(), false, include.location().path(),
                    shownArgs, options.check()));
            java.util.concurrent.atomic.AtomicBoolean includeFailed = new java.util.concurrent.atomic.AtomicBoolean();
            new IncludeRunner(services, variables, playVars, listener, runner, appliedRoles).run(include, outer, live,
                    this::run, new IncludeRunner.Events() {
                        @Override
                        public void skipped(Host host, Map<String, Object> result) {
                            report(tc, name, outcome(host, result));
                        }

                        @Override
                        public void failed(Host host, Map<String, Object> result) {
                            report(tc, name, outcome(host, result));
                            includeFailed.set(true);
                        }

                        @Override
                        public void included(Host host) {
                            stats.record(outcome(host, Map.of("changed", false)), false);
                        }

                        @Override
                        public void roleNotLoaded(String error, List<Host> failed) {
                            listener.errorUnwrapped(error);
                            failed.forEach(h -> state.fail(h.name()));
                            includeFailed.set(!failed.isEmpty());
                        }

                        @Override
                        public void roleLoaded(io.jplay.playbook.Role role) {
                            PlayHandlers.addLoaded(loadedHandlers, role);
                        }

                        @Override
                        public void result(Host host, Map<String, Object> result) {
                            boolean noLog = io.jplay.result.Truth.isTrue(result.get("_ansible_no_log"));
                            listener.hostResult(new RunListener.HostResult(host.name(), null, name, include.action(),
                                    io.jplay.result.TaskResult.of(result), false, noLog, include.loop() != null));
                        }
                    });
            if (!state.over()) {
                endPlayIfFatal(tc, live, includeFailed.get());
            }
        }
    }

    /**
     * {@code --step}: whether to run the task, asked as Ansible's strategy asks ({@code y}/{@code yes} runs it,
     * {@code c}/{@code continue} runs it and stops asking for the batch, anything else skips it), with the
     * question shown again as a banner once answered. Input that has ended breaks the play as Ansible's
     * {@code EOFError} does: nothing more of the batch runs, handlers neither; the play's later batches ask again,
     * no later play runs, and the run exits 2.
     */
    private boolean takeStep(String kind, String name) {
        if (!stepping) {
            return true;
        }
        String prompt = "Perform task: " + kind + name + " (N)o/(y)es/(c)ontinue: ";
        String answer = services.prompter().ask(prompt, false);
        if (answer == null) {
            run.breakPlay();
            state.endBatch();
            inputEnded = true;
            return false;
        }
        String given = answer.toLowerCase(java.util.Locale.ROOT);
        boolean runIt = given.equals("y") || given.equals("yes");
        if (given.equals("c") || given.equals("continue")) {
            stepping = false;
            runIt = true;
        }
        listener.banner(prompt);
        return runIt;
    }

    /** A task's name as Ansible's {@code get_name()} gives it: untemplated, after its role's name. */
    static String rawName(TaskContext tc) {
        Task task = tc.task();
        String bare = task.name() == null || task.name().isEmpty() ? task.action() : task.name();
        return tc.role() != null && tc.role().name() != null ? tc.role().name() + " : " + bare : bare;
    }

    private boolean includeSelected(Include include, NodeScope outer) {
        List<String> allTags = new ArrayList<>(outer.tags());
        allTags.addAll(include.tags());
        // Ansible's tag filter leaves a bare include to --skip-tags alone
        TagFilter filter = include.kind().equals("include") ? tags.skipOnly() : tags;
        return filter.selects(taskTags.evaluate(allTags));
    }

    /** An include's name as its banner shows it (Ansible's {@code get_name()}). */
    static String includeName(Include include, NodeScope outer) {
        String bare = include.name() != null ? include.name()
                : include.kind().equals("include_role") ? include.action() + " : " + include.target() : include.action();
        // an include in a role is named like the role's tasks; include_role names itself
        return !include.kind().equals("include_role") && outer.role() != null && outer.role().name() != null
                ? outer.role().name() + " : " + bare : bare;
    }

    private static HostOutcome outcome(Host host, Map<String, Object> result) {
        return new HostOutcome(host.name(), null, io.jplay.result.TaskResult.of(result), false, false);
    }

    private void runMeta(TaskContext tc, List<Host> hosts, NodeScope scope) throws InterruptedException {
        List<Host> live = state.live(hosts);
        // ansible-core 2.14 filters the play's tasks by --tags/--skip-tags, never its handlers
        if (live.isEmpty() || !tc.handler() && !tags.selects(taskTags.evaluate(tc.tags()))) {
            return;
        }
        refreshPlayHosts();
        String action = String.valueOf(tc.task().args().getOrDefault("_raw_params", "noop")).trim();
        List<Host> selected = new ArrayList<>();
        // Ansible's linear strategy runs these once, for the first host, and they act on the whole batch;
        // each run on a host starts the task again (its banner) and says at -vv what it did
        for (Host h : RUN_ONCE_META.contains(action) ? live.subList(0, 1) : live) {
            listener.taskStart(new RunListener.TaskStart(displayName(tc, h), tc.task().action(), false,
                    tc.task().location().path(), tc.task().args(), options.check()));
            Map<String, Object> vars = variables.taskVars(h, playVars, tc.scope());
            Map<String, Object> skip = runner.checkConditions(tc, tc.conditions(), vars);
            if (skip == null) {
                selected.add(h);
                listener.verbose(2, "META: " + metaDone(action, h.name()));
            } else {
                if (Boolean.TRUE.equals(skip.get("skipped"))) {
                    skip = metaSkipped(action, h.name(), skip);
                    listener.verbose(2, "META: " + skip.get("skip_reason"));
                }
                listener.hostResult(new RunListener.HostResult(h.name(), null, displayName(tc, h), "meta",
                        io.jplay.result.TaskResult.of(skip), false, false, false));
            }
        }
        switch (action) {
            case "flush_handlers" -> flushHandlers(scope);
            case "end_play" -> {
                if (!selected.isEmpty()) {
                    state.endPlay();
                }
            }
            case "end_batch" -> {
                if (!selected.isEmpty()) {
                    state.endBatch();
                }
            }
            case "end_host" -> selected.forEach(h -> state.end(h.name()));
            case "clear_host_errors" -> {
                if (!selected.isEmpty()) {
                    state.clearErrors().forEach(run::clear);
                }
            }
            case "clear_facts" -> {
                if (!selected.isEmpty()) {
                    state.hosts().forEach(h -> variables.state(h.name()).clearFacts());
                }
            }
            case "refresh_inventory" -> {
                if (services.inventory() instanceof io.jplay.inventory.RunInventory inventory && inventory.refresh()) {
                    variables.inventoryChanged();
                }
            }
            default -> {
                // noop, reset_connection: nothing to do between tasks
            }
        }
    }

    /** What a meta action that ran on {@code host} reports, as Ansible's strategy words it. */
    private static String metaDone(String action, String host) {
        return switch (action) {
            case "flush_handlers" -> "triggered running handlers for " + host;
            case "refresh_inventory" -> "inventory successfully refreshed";
            case "clear_facts" -> "facts cleared";
            case "clear_host_errors" -> "cleared host errors";
            case "end_batch" -> "ending batch";
            case "end_play" -> "ending play";
            case "end_host" -> "ending play for " + host;
            case "reset_connection" -> "reset connection";
            default -> action;
        };
    }

    /** The result of a meta task whose {@code when} is false, worded per action as Ansible's strategy does. */
    private static Map<String, Object> metaSkipped(String action, String host, Map<String, Object> generic) {
        String rest = switch (action) {
            case "flush_handlers" -> ", not running handlers for " + host;
            case "clear_facts" -> ", not clearing facts and fact cache for " + host;
            case "clear_host_errors" -> ", not clearing host error state for " + host;
            case "end_batch" -> ", continuing current batch";
            case "end_play" -> ", continuing play";
            case "end_host" -> ", continuing execution for " + host;
            default -> null;
        };
        if (rest == null) {
            return generic;
        }
        Map<String, Object> skip = new LinkedHashMap<>();
        skip.put("msg", action.equals("end_host")
                ? "end_host conditional evaluated to false, continuing execution for " + host : action);
        skip.put("skipped", true);
        skip.put("skip_reason", action + " conditional evaluated to False" + rest);
        return skip;
    }

    private List<PlayPreparer.Handler> handlers() {
        List<PlayPreparer.Handler> handlers = PlayHandlers.declared(play);
        handlers.addAll(loadedHandlers);
        return handlers;
    }

    private void flushHandlers(NodeScope scope) throws InterruptedException {
        List<PlayPreparer.Handler> handlers = handlers();
        while (state.anyNotified()) {
            Map<String, Set<String>> notified = state.takeAllNotified();
            Map<Task, Set<String>> chosen = state.takeNotifiedHandlers();
            Set<Task> ran = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (PlayPreparer.Handler handler : handlers) {
                Task task = handler.task();
                if (!ran.add(task)) {
                    continue;
                }
                Set<String> hostNames = new java.util.LinkedHashSet<>(chosen.getOrDefault(task, Set.of()));
                for (String topic : task.listen()) {
                    hostNames.addAll(notified.getOrDefault(topic, Set.of()));
                }
                List<Host> hosts = new ArrayList<>();
                for (Host h : state.hosts()) {
                    if (hostNames.contains(h.name()) && (state.isLive(h.name()) || options.forceHandlers())) {
                        hosts.add(h);
                    }
                }
                if (!hosts.isEmpty()) {
                    NodeScope handlerScope = handler.role() == null ? scope : scope.withRole(handler.role());
                    runTask(handlerScope.taskContext(task, true), hosts);
                }
            }
        }
    }

    /** Runs a task on the live hosts among {@code hosts} and records what happened. */
    void runTask(TaskContext tc, List<Host> hosts) throws InterruptedException {
        List<Host> live = state.live(hosts);
        // ansible-core 2.14 filters the play's tasks by --tags/--skip-tags, never its handlers
        if (live.isEmpty() || !tc.handler() && !tags.selects(taskTags.evaluate(tc.tags()))) {
            return;
        }
        if (!takeStep(tc.handler() ? "HANDLER: " : "TASK: ", rawName(tc))) {
            return;
        }
        refreshPlayHosts();
        String name = displayName(tc, live.get(0));
        listener.taskStart(new RunListener.TaskStart(name, tc.task().action(), tc.handler(),
                tc.task().location().path(), tc.task().args(), options.check()));
        boolean once = runOnce(tc, live.get(0));
        List<Host> targets = once ? List.of(live.get(0)) : live;
        List<HostOutcome> outcomes = new ArrayList<>();
        for (List<Host> batch : changesInventory(tc) ? targets.stream().map(List::of).toList() : List.of(targets)) {
            outcomes.addAll(dispatcher.dispatch(batch,
                    (host, emitter) -> runner.run(tc, host, playVars, Emitter.forWorker(emitter), name),
                    outcome -> report(tc, name, outcome)));
        }
        if (once && !bypassHostLoop(tc)) {
            shareRunOnceResult(tc, live, outcomes.get(0));
        }
        if (maxFailPercentage != null && !state.over()) {
            long failed = state.hosts().stream().filter(h -> state.failed(h.name())
                    || state.unreachableHosts().contains(h.name())).count();
            if (failed * 100.0 / state.hosts().size() > maxFailPercentage) {
                // ansible-core 2.14 reports this twice: once from the strategy, once from the play's end
                listener.noHostsRemaining();
                listener.noHostsRemaining();
                run.breakPlay();
                state.breakPlay();
                return;
            }
        }
        endPlayIfFatal(tc, live, outcomes.stream().anyMatch(HostOutcome::hostFailed));
    }

    /**
     * {@code any_errors_fatal}: a host failed, so every live host fails and the play ends; as Ansible's linear
     * strategy, not when a rescue or always section will take the failure.
     */
    private void endPlayIfFatal(TaskContext tc, List<Host> live, boolean anyFailed) {
        if (anyFailed && !tc.recovers() && anyErrorsFatal(tc, live.get(0))) {
            for (Host h : live) {
                if (state.isLive(h.name())) {
                    state.fail(h.name());
                }
            }
            listener.noHostsRemaining();
            state.breakPlay();
        }
    }

    private void report(TaskContext tc, String name, HostOutcome outcome) {
        RunListener.HostResult result = new RunListener.HostResult(outcome.host(), outcome.delegatedTo(), name,
                actionOn(tc, outcome.host()), outcome.result(), outcome.ignored(), outcome.noLog(),
                tc.task().loop() != null);
        if (outcome.result().status() == io.jplay.result.TaskResult.Status.OK && diffMode(tc) && tc.task().loop() == null) {
            // Ansible offers every ok/changed result to v2_on_file_diff before v2_runner_on_ok (a loop: per item, by the loop)
            listener.fileDiff(result);
        }
        if (!outcome.result().failed() && !outcome.result().unreachable() && !outcome.result().skipped()) {
            for (Object item : tc.task().loop() != null && outcome.result().values().get("results") instanceof List<?> l ? l
                    : List.of(outcome.result().values())) {
                if (item instanceof Map<?, ?> m && m.get("ansible_stats") instanceof Map<?, ?> custom) {
                    stats.custom(outcome.host(), custom);
                }
            }
        }
        listener.hostResult(result);
        if (tc.task().register() != null && !io.jplay.python.PyIdentifier.isIdentifier(tc.task().register())) {
            // Ansible's strategy stops the whole run when it comes to register such a result
            throw new FatalRunError(HostTaskRunner.invalidRegister(tc.task()), 1, null);
        }
        stats.record(outcome, tc.rescuable());
        if (outcome.result().unreachable() && !outcome.ignored()) {
            state.unreachable(outcome.host());
        } else if (outcome.result().failed() && !outcome.ignored()) {
            state.fail(outcome.host());
            if (tc.rescuable()) {
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("ansible_failed_result", new io.jplay.yaml.Unsafe(outcome.result().values()));
                Map<String, Object> failedTask = new LinkedHashMap<>();
                failedTask.put("name", tc.task().name() == null ? "" : tc.task().name());
                failedTask.put("action", tc.task().action());
                failedTask.put("args", tc.task().args());
                failure.put("ansible_failed_task", new io.jplay.yaml.Unsafe(failedTask));
                variables.state(outcome.host()).setFacts(failure);
            }
        }
        if (outcome.result().changed() && !tc.task().notifies().isEmpty()) {
            List<PlayPreparer.Handler> handlers = handlers();
            for (String handler : tc.task().notifies()) {
                state.notify(handler, outcome.host());
                HandlerNames.lastNamed(handlers, handler).ifPresent(h -> state.notify(h.task(), outcome.host()));
                listener.handlerNotified(handler, outcome.host());
            }
        }
    }

    /** The task's action, a templated one as it resolved on {@code host}. */
    private String actionOn(TaskContext tc, String host) {
        String action = tc.task().action();
        if (!tc.task().templatedAction()) {
            return action;
        }
        try {
            Host h = services.inventory().host(host).orElse(new Host(host, Map.of()));
            return String.valueOf(templater.template(action, variables.taskVars(h, playVars, tc.scope())));
        } catch (TemplateException e) {
            return action;
        }
    }

    private void shareRunOnceResult(TaskContext tc, List<Host> live, HostOutcome first) {
        if (tc.task().register() == null) {
            return;
        }
        Object registered = variables.state(first.host()).hostFacts().get(tc.task().register());
        for (Host h : live) {
            if (!h.name().equals(first.host())) {
                variables.state(h.name()).setFact(tc.task().register(), registered);
            }
        }
    }

    private boolean runOnce(TaskContext tc, Host host) {
        return flag(tc.keywords().runOnce(), tc, host) || bypassHostLoop(tc);
    }

    private boolean changesInventory(TaskContext tc) {
        return services.modules().find(tc.task().action()).map(io.jplay.module.Module::changesInventory).orElse(false);
    }

    private boolean bypassHostLoop(TaskContext tc) {
        return services.modules().find(tc.task().action()).map(io.jplay.module.Module::bypassHostLoop).orElse(false);
    }

    private boolean anyErrorsFatal(TaskContext tc, Host host) {
        return options.anyErrorsFatal() || flag(tc.keywords().anyErrorsFatal(), tc, host);
    }

    private boolean flag(Object value, TaskContext tc, Host host) {
        if (value == null) {
            return false;
        }
        try {
            return Truth.isTrue(templater.template(value, variables.taskVars(host, playVars, tc.scope())));
        } catch (TemplateException e) {
            return false;
        }
    }

    /** The task's name templated with the first host's variables, or its action when unnamed. */
    private String displayName(TaskContext tc, Host host) {
        Task task = tc.task();
        String base = task.name() == null || task.name().isBlank() ? task.action() : task.name();
        if (task.name() != null && Templater.isTemplate(task.name())) {
            try {
                Object v = templater.template(task.name(), variables.taskVars(host, playVars, tc.scope()));
                // like a literal name that is not text, a template that renders to a number or a
                // boolean leaves the banner to the action
                base = v instanceof String s && !s.isBlank() ? s : task.action();
            } catch (TemplateException e) {
                base = task.name();
            }
        }
        if (tc.role() != null && tc.role().name() != null) {
            return tc.role().name() + " : " + base;
        }
        return base;
    }

    /** {@code --diff}, or the task's {@code diff:} keyword when it is a plain boolean. */
    private boolean diffMode(TaskContext tc) {
        Object keyword = tc.keywords().diff();
        if (keyword instanceof Boolean b) {
            return b;
        }
        return options.diff();
    }
}
