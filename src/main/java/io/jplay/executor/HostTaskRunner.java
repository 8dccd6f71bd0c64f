package io.jplay.executor;

import io.jplay.python.PyText;
import io.jplay.connection.ConnectionException;
import io.jplay.inventory.Host;
import io.jplay.module.Module;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScriptModule;
import io.jplay.output.RunListener;
import io.jplay.playbook.Task;
import io.jplay.result.TaskResult;
import io.jplay.result.Truth;
import io.jplay.template.TemplateException;
import io.jplay.template.VaultValueException;
import io.jplay.template.Templater;
import io.jplay.vars.LayeredVars;
import io.jplay.vars.PlayVars;
import io.jplay.vars.VariableManager;
import io.jplay.yaml.Unsafe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one task on one host, as Ansible's task executor does: conditions, loop items, retries with
 * {@code until}, the module (directly or through the async runner), then {@code changed_when} and
 * {@code failed_when}, and finally {@code register} and facts.
 */
final class HostTaskRunner {
    private static final String ARGSPLAT = "Using a variable for a task's 'args' is unsafe in some situations "
            + "(see https://docs.ansible.com/ansible/devel/reference_appendices/faq.html#argsplat-unsafe)";
    private final RunServices services;
    private final RunOptions options;
    private final VariableManager variables;
    private final TaskSettingsResolver settingsResolver;
    private final Templater templater;

    HostTaskRunner(RunServices services, RunOptions options, VariableManager variables) {
        this.services = services;
        this.options = options;
        this.variables = variables;
        this.templater = services.templater();
        this.settingsResolver = new TaskSettingsResolver(services, options, variables);
    }

    HostOutcome run(TaskContext given, Host host, PlayVars play, Emitter emitter, String displayName) {
        Map<String, Object> taskVars = variables.taskVars(host, play, given.scope());
        Map<String, Object> vars = layered(taskVars, PlayContextVars.missing(taskVars, host, given, options));
        TaskContext tc = given;
        if (given.task().templatedAction()) {
            // as Ansible's executor templates the action per host: action: "{{ module }}"
            try {
                tc = given.withTask(given.task().withAction(String.valueOf(templater.template(given.task().action(), vars))));
            } catch (TemplateException e) {
                return new HostOutcome(host.name(), null, TaskResult.of(templateFailure(e, given.task())), false, false);
            }
        }
        Task task = tc.task();
        boolean loop = task.loop() != null;
        Map<String, Object> result;
        if (services.modules().find(task.action(), task.collections()).isEmpty()) {
            // Ansible fails before the task runs: no loop, no defaults added
            result = failed("The module " + task.action() + " was not found in configured module paths");
            return new HostOutcome(host.name(), null, TaskResult.of(result), false, false);
        }
        if (loop) {
            result = new LoopRunner(this, templater, services.lookups(), services.sleeper())
                    .run(tc, host, vars, play, emitter, displayName);
        } else {
            Map<String, Object> skip = checkConditions(tc, tc.conditions(), vars);
            result = skip != null ? skip : runWithRetries(tc, host, vars, play, emitter, displayName);
        }
        if (!(result instanceof TaskError)) {
            result.putIfAbsent("changed", false);
        }
        if (task.register() != null && !io.jplay.python.PyIdentifier.isIdentifier(task.register())
                && !Truth.isTrue(result.get("skipped"))) {
            // Ansible's executor refuses to register the result (the run then stops, see PlayRunner)
            result = failed(invalidRegister(task));
        }
        new ResultRecorder(variables).record(tc.task(), host.name(), result, loop);
        boolean noLog = isNoLog(tc, vars);
        if (noLog) {
            result.put("_ansible_no_log", true);
        }
        TaskResult taskResult = TaskResult.of(result);
        boolean ignored = false;
        try {
            if (BoolKeywords.isInvalid(result)) {
                // the task was never validated: Ansible reads ignore_errors as written, by Python truth
                ignored = Truth.isTrue(tc.keywords().ignoreErrors());
            } else if (taskResult.failed()) {
                ignored = tc.keywords().ignoreErrors() != null
                        && Truth.isTrue(templater.template(tc.keywords().ignoreErrors(), vars));
            } else if (taskResult.unreachable()) {
                ignored = tc.keywords().ignoreUnreachable() != null
                        && Truth.isTrue(templater.template(tc.keywords().ignoreUnreachable(), vars));
            }
        } catch (TemplateException e) {
            ignored = false;
        }
        String delegated = null;
        try {
            delegated = settingsResolver.delegateOf(tc.keywords(), vars);
        } catch (TemplateException e) {
            delegated = null;
        }
        return new HostOutcome(host.name(), delegated, taskResult, ignored, noLog);
    }

    /** The task runs in diff mode as Ansible's task {@code diff} attribute says: {@code --diff} unless the task sets it. */
    boolean diffMode(TaskContext tc, Map<String, Object> vars) {
        Object keyword = tc.keywords().diff();
        if (keyword == null) {
            return options.diff();
        }
        try {
            return Truth.isTrue(templater.template(keyword, vars));
        } catch (TemplateException e) {
            return options.diff();
        }
    }

    static String invalidRegister(Task task) {
        return "Invalid variable name in 'register' specified: '" + task.register() + "'";
    }

    boolean isNoLog(TaskContext tc, Map<String, Object> vars) {
        try {
            return tc.keywords().noLog() != null && Truth.isTrue(templater.template(tc.keywords().noLog(), vars));
        } catch (TemplateException e) {
            return true;
        }
    }

    /** {@code null} when every condition holds, else the skipped (or failed) result. */
    Map<String, Object> checkConditions(TaskContext tc, List<Object> conditions, Map<String, Object> vars) {
        for (Object condition : conditions) {
            try {
                if (!templater.isTrue(condition, vars)) {
                    Map<String, Object> skip = new LinkedHashMap<>();
                    skip.put("changed", false);
                    skip.put("skip_reason", "Conditional result was False");
                    skip.put("skipped", true);
                    return skip;
                }
            } catch (TemplateException e) {
                return new TaskError(conditionFailure(condition, e)
                        + (tc == null ? "" : SourceSnippet.describe(tc.task().location())));
            }
        }
        return null;
    }

    /**
     * A task whose arguments could not be templated: an undefined variable is explained and located
     * in the playbook, any other error is Ansible's message as it is.
     */
    static Map<String, Object> templateFailure(TemplateException e, Task task) {
        if (e.kind() == TemplateException.Kind.PYTHON_EXCEPTION && e.traceback() != null) {
            // as Ansible reports an exception escaping a plugin: its traceback, no message
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("exception", e.traceback());
            r.put("failed", true);
            return r;
        }
        if (e.kind() == TemplateException.Kind.VALUE_ERROR) {
            return new TaskError("the field 'args' has an invalid value (" + io.jplay.python.PyRepr.repr(task.args())
                    + "), and could not be converted to an dict.The error was: " + e.getMessage()
                    + SourceSnippet.describe(task.location()));
        }
        if (!e.isUndefined()) {
            return new TaskError(e.getMessage());
        }
        return new TaskError("The task includes an option with an undefined variable. The error was: "
                + e.reported() + SourceSnippet.describe(task.location()));
    }

    private static String conditionFailure(Object condition, TemplateException e) {
        String message = e.getMessage();
        if (e.isUndefined() && (message == null || !message.startsWith("error while evaluating conditional"))) {
            message = "error while evaluating conditional (" + conditionText(condition) + "): " + message;
        }
        return "The conditional check '" + conditionText(condition) + "' failed. The error was: "
                + (e.isUndefined() ? TemplateException.doubled(message) : message);
    }

    private static String conditionText(Object condition) {
        return condition instanceof String s ? s : String.valueOf(condition).replace("true", "True")
                .replace("false", "False");
    }

    Map<String, Object> runWithRetries(TaskContext tc, Host host, Map<String, Object> vars, PlayVars play,
            Emitter emitter, String displayName) {
        return runWithRetries(tc, host, vars, play, emitter, displayName, null);
    }

    /** @param firstAnswer the module's result for the first attempt, already fetched in a batch, or {@code null} */
    Map<String, Object> runWithRetries(TaskContext tc, Host host, Map<String, Object> vars, PlayVars play,
            Emitter emitter, String displayName, Map<String, Object> firstAnswer) {
        Task task = tc.task();
        TaskError invalid = new BoolKeywords(templater).check(tc, vars);
        if (invalid != null) {
            return invalid;
        }
        int retries = 1;
        double delay = 5;
        try {
            if (task.until() != null) {
                Object r = task.retries() == null ? null : templater.template(task.retries(), vars);
                if (r == null) {
                    retries = 3;
                } else {
                    int n = IntField.of("retries", r, task.location());
                    retries = n <= 0 ? 1 : n + 1;
                }
            }
            if (task.delay() != null) {
                delay = toDouble(templater.template(task.delay(), vars));
                if (delay < 0) {
                    delay = 1;
                }
            }
        } catch (TemplateException | RuntimeException e) {
            return failed(String.valueOf(e.getMessage()));
        }
        Map<String, Object> result = null;
        boolean satisfied = false;
        for (int attempt = 1; attempt <= retries; attempt++) {
            result = runOnce(tc, host, vars, play, emitter, displayName, attempt == 1 ? firstAnswer : null);
            if (result instanceof TaskError || Truth.isTrue(result.get("unreachable"))) {
                return result;
            }
            if (!result.containsKey("failed")) {
                Object rc = result.get("rc");
                result.put("failed", rc != null && !(rc instanceof Number n && n.longValue() == 0) && !"0".equals(rc));
            }
            if (task.until() != null) {
                result.put("attempts", attempt);
            }
            result.putIfAbsent("changed", false);
            new InventoryEffects(services.inventory(), variables).apply(host.name(), result);
            Map<String, Object> resultVars = withRegistered(vars, task, result);
            if (!result.containsKey("skipped")) {
                applyChangedAndFailedWhen(task, result, resultVars);
            }
            if (retries > 1) {
                boolean done;
                try {
                    done = templater.isTrue(task.until(), resultVars);
                } catch (TemplateException e) {
                    return failed(conditionFailure(task.until(), e));
                }
                if (done) {
                    satisfied = true;
                    break;
                }
                if (attempt < retries) {
                    int left = retries - attempt;
                    TaskResult snapshot = retrySnapshot(tc, vars, result, retries);
                    emitter.emit(l -> l.retrying(new RunListener.Retry(host.name(), displayName, left, snapshot)));
                    try {
                        services.sleeper().sleep(java.time.Duration.ofMillis((long) (delay * 1000)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return failed("interrupted");
                    }
                }
            } else {
                satisfied = true;
            }
        }
        if (!satisfied && retries > 1) {
            result.put("attempts", retries - 1);
            result.put("failed", true);
        }
        return result;
    }

    /**
     * What a retry line shows: the attempt's result with Ansible's {@code retries} and, under
     * {@code no_log}, the mark that censors it in every callback.
     */
    private TaskResult retrySnapshot(TaskContext tc, Map<String, Object> vars, Map<String, Object> result, int retries) {
        Map<String, Object> shown = new LinkedHashMap<>(result);
        shown.put("retries", retries);
        if (isNoLog(tc, vars)) {
            shown.put("_ansible_no_log", true);
        }
        return TaskResult.of(shown);
    }

    private Map<String, Object> withRegistered(Map<String, Object> vars, Task task, Map<String, Object> result) {
        if (task.register() == null) {
            return vars;
        }
        return layered(vars, Map.of(task.register(), new Unsafe(result)));
    }

    static Map<String, Object> layered(Map<String, Object> vars, Map<String, Object> top) {
        if (vars instanceof LayeredVars lv) {
            return lv.with(top);
        }
        return new LayeredVars(List.of(vars, top));
    }

    private void applyChangedAndFailedWhen(Task task, Map<String, Object> result, Map<String, Object> vars) {
        String condname = "changed";
        try {
            if (isSet(task.changedWhen())) {
                result.put("changed", templater.isTrue(task.changedWhen(), vars));
            }
            condname = "failed";
            if (isSet(task.failedWhen())) {
                boolean failedWhen = templater.isTrue(task.failedWhen(), vars);
                result.put("failed_when_result", failedWhen);
                result.put("failed", failedWhen);
            }
        } catch (TemplateException e) {
            result.put("failed", true);
            result.put(condname + "_when_result", conditionFailure(
                    condname.equals("changed") ? task.changedWhen() : task.failedWhen(), e));
        }
    }

    private static boolean isSet(Object condition) {
        return condition != null && !(condition instanceof List<?> l && l.isEmpty()) && !"".equals(condition);
    }

    /** One attempt: template the arguments, then run the module (or launch and poll its job). */
    Map<String, Object> runOnce(TaskContext tc, Host host, Map<String, Object> vars, PlayVars play, Emitter emitter,
            String displayName, Map<String, Object> answer) {
        Task task = tc.task();
        Optional<Module> found = services.modules().find(task.action(), task.collections());
        if (found.isEmpty()) {
            return failed("The module " + task.action() + " was not found in configured module paths");
        }
        Module module = found.get();
        Map<String, Object> args;
        TaskModuleContext.Settings settings;
        int asyncSeconds;
        int poll;
        int timeout;
        try {
            args = templatedArgs(tc, module, vars, emitter);
            settings = settingsResolver.resolve(tc, host, vars);
            asyncSeconds = task.async() == null ? 0
                    : IntField.of("async_val", templater.template(task.async(), vars), task.location());
            poll = task.poll() == null ? options.pollInterval()
                    : IntField.of("poll", templater.template(task.poll(), vars), task.location());
            // as Ansible's keyword default: task_timeout where no level sets timeout
            timeout = tc.keywords().timeout() == null ? options.taskTimeout()
                    : IntField.of("timeout", templater.template(tc.keywords().timeout(), vars), task.location());
        } catch (VaultValueException e) {
            return failed(e.getMessage());
        } catch (TemplateException e) {
            return templateFailure(e, task);
        } catch (RuntimeException e) {
            return failed(String.valueOf(e.getMessage()));
        }
        TaskModuleContext context;
        try {
            context = new TaskModuleContext(settings, args, vars, templater, services.connections(), emitter,
                    new TaskActions(services.modules(), tc, templater, vars, settingsResolver.delegateOf(tc.keywords(), vars),
                            displayName, services.prompter()));
        } catch (TemplateException e) {
            return templateFailure(e, task);
        }
        if (asyncSeconds > 0 && !(module.supportsAsync() && module instanceof RemoteScriptModule)) {
            Map<String, Object> r = failed("async is not supported for this task.");
            r.put("exception", "NoneType: None\n");
            return r;
        }
        if (settings.checkMode() && !module.supportsCheckMode()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("changed", false);
            r.put("msg", "This action (" + task.action() + ") does not support check mode.");
            r.put("skipped", true);
            return r;
        }
        Map<String, Object> result;
        try {
            result = new LinkedHashMap<>(TaskTimeout.run(timeout, () -> {
                if (asyncSeconds > 0) {
                    String asyncDir = vars.containsKey("ansible_async_dir")
                            ? String.valueOf(templater.template(vars.get("ansible_async_dir"), vars)) : options.asyncDir();
                    RemoteScriptModule job = settings.checkMode() ? new CheckModeJob((RemoteScriptModule) module)
                            : (RemoteScriptModule) module;
                    return services.async().run(context, job, asyncSeconds, poll, asyncDir,
                            new AsyncEventRelay(emitter, isNoLog(tc, vars)));
                }
                return answer != null ? answer : module.run(context);
            }));
        } catch (TaskTimeout.Expired e) {
            result = failed(TaskTimeout.message(task.action(), timeout));
        } catch (ModuleException e) {
            result = e.isRaised() ? new TaskError(e.getMessage()) : e.toResult();
            if (e.escapedAction()) {
                result.put(TaskResult.ACTION_FAILED, true);
            }
        } catch (io.jplay.connection.BecomeException e) {
            result = failed(e.getMessage());
        } catch (ConnectionException e) {
            result = new LinkedHashMap<>();
            result.put("unreachable", true);
            result.put("msg", e.getMessage());
            result.put("changed", false);
        } catch (TemplateException e) {
            result = failed(e.reported());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = failed("interrupted");
        } catch (Exception e) {
            result = failed("Unexpected failure during module execution: " + e);
            result.put("exception", stackTrace(e));
        }
        if (!module.controllerOnly()) {
            addLines(result, "stdout");
            addLines(result, "stderr");
        }
        if (tc.keywords().delegateTo() != null && settings.target() != null) {
            Map<String, Object> delegated = new LinkedHashMap<>();
            delegated.put("ansible_connection", settings.target().type());
            delegated.put("ansible_host", settings.target().address());
            delegated.put("ansible_port", settings.target().port() == 0 ? null : (long) settings.target().port());
            delegated.put("ansible_user", settings.target().user());
            result.put("_ansible_delegated_vars", delegated);
        }
        return result;
    }

    /**
     * For a module that can answer several loop items with one remote call ({@code async_status}
     * over a list of jobs): every item's first answer, fetched together; {@code null} when the task
     * does not qualify or the batch fails (the items then run one by one, as usual).
     */
    List<Map<String, Object>> prefetch(TaskContext tc, Host host, List<Map<String, Object>> itemVars,
            Emitter emitter) {
        Task task = tc.task();
        Module module = services.modules().find(task.action(), task.collections()).orElse(null);
        if (!(module instanceof io.jplay.module.BatchableModule batch) || task.async() != null || itemVars.size() < 2) {
            return null;
        }
        try {
            List<Map<String, Object>> args = new ArrayList<>();
            for (Map<String, Object> vars : itemVars) {
                args.add(checkConditions(tc, tc.conditions(), vars) != null ? Map.of() : templatedArgs(tc, module, vars, emitter));
            }
            TaskModuleContext.Settings settings = settingsResolver.resolve(tc, host, itemVars.get(0));
            if (settings.checkMode() && !module.supportsCheckMode()) {
                return null;
            }
            return batch.runBatch(new TaskModuleContext(settings, Map.of(), itemVars.get(0), templater,
                    services.connections(), emitter), args);
        } catch (Exception e) {
            return null;
        }
    }

    /** The task's arguments templated, over the {@code module_defaults} that apply to its module. */
    private Map<String, Object> templatedArgs(TaskContext tc, Module module, Map<String, Object> vars,
            Emitter emitter) throws TemplateException {
        // set_fact stores what a template gave from an unsafe value or a lookup as unsafe, as Ansible's wrap_var
        boolean setFact = module.name().equals("set_fact");
        Object templated = setFact ? templater.templateMarkingUnsafe(tc.task().args(), vars)
                : templater.template(tc.task().args(), vars);
        @SuppressWarnings("unchecked")
        Map<String, Object> args = templated instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        args = variableParams(args, emitter);
        List<Object> defaults = ModuleDefaults.applicable(tc.keywords().moduleDefaults(), module, services.modules());
        if (!defaults.isEmpty()) {
            args = ModuleDefaults.merge((List<?>) templater.template(defaults, vars), args);
        }
        if (setFact) {
            args = keepVaultValues(tc.task().args(), args);
        }
        return Omit.remove(args, templater.omitPlaceholder());
    }

    /**
     * {@code debug: "{{ args }}"}: the templated free-form arguments must be a mapping, which the task's own
     * arguments extend; anything else is garbage left after {@code k=v} parsing, as Ansible's task executor says.
     */
    private static Map<String, Object> variableParams(Map<String, Object> args, Emitter emitter)
            throws TemplateException {
        if (!args.containsKey("_variable_params")) {
            return args;
        }
        Map<String, Object> rest = new LinkedHashMap<>(args);
        Object params = rest.remove("_variable_params");
        boolean unsafe = params instanceof Unsafe;
        if (params instanceof Unsafe u) {
            params = u.value();
        }
        if (!(params instanceof Map<?, ?> m)) {
            throw new TemplateException("invalid or malformed argument: '" + io.jplay.python.PyRepr.str(params) + "'");
        }
        // as Ansible with inject_facts_as_vars (jplay always injects facts as variables)
        emitter.workerWarning(ARGSPLAT);
        Map<String, Object> merged = new LinkedHashMap<>();
        m.forEach((k, v) -> merged.put(String.valueOf(k), unsafe ? new Unsafe(v) : v));
        merged.putAll(rest);
        return merged;
    }

    /**
     * A {@code !vault} value given to {@code set_fact} as it is (not inside a template) stays encrypted
     * in the fact, as Ansible keeps the encrypted object: it is decrypted where it is used, and the
     * callbacks show its ciphertext, never the plaintext.
     */
    private static Map<String, Object> keepVaultValues(Map<String, Object> written, Map<String, Object> templated) {
        Map<String, Object> args = null;
        for (Map.Entry<String, Object> e : written.entrySet()) {
            if (e.getValue() instanceof io.jplay.yaml.VaultText && templated.containsKey(e.getKey())) {
                args = args == null ? new LinkedHashMap<>(templated) : args;
                args.put(e.getKey(), e.getValue());
            }
        }
        return args == null ? templated : args;
    }

    private static void addLines(Map<String, Object> result, String key) {
        if (result.get(key) instanceof String s && !result.containsKey(key + "_lines")) {
            result.put(key + "_lines", io.jplay.python.PyText.splitlines(s));
        }
    }

    static Map<String, Object> failed(String message) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("failed", true);
        r.put("msg", message);
        return r;
    }

    private static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return Double.parseDouble(String.valueOf(value).trim());
    }

    /**
     * The trace shaped like a Python traceback, whose last line names the exception: the callbacks show only
     * that line below -vvv, so no stack frame reaches the user there.
     */
    private static String stackTrace(Throwable t) {
        java.io.StringWriter sw = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(sw));
        return sw.toString() + t;
    }

    /**
     * Forwards a job's async events to the run listener. Under {@code no_log} the final event carries
     * only the censoring mark, as Ansible's callbacks see a censored copy: {@code ASYNC OK on h: jid=None};
     * Ansible's status checks are not marked, so POLL lines keep the job id.
     */
    private record AsyncEventRelay(Emitter emitter, boolean noLog) implements io.jplay.async.AsyncListener {
        @Override
        public void poll(RunListener.AsyncEvent event) {
            emitter.emit(l -> l.asyncPoll(event));
        }

        @Override
        public void ok(RunListener.AsyncEvent event) {
            RunListener.AsyncEvent shown = shown(event);
            emitter.emit(l -> l.asyncOk(shown));
        }

        @Override
        public void failed(RunListener.AsyncEvent event) {
            RunListener.AsyncEvent shown = shown(event);
            emitter.emit(l -> l.asyncFailed(shown));
        }

        private RunListener.AsyncEvent shown(RunListener.AsyncEvent event) {
            return noLog ? new RunListener.AsyncEvent(event.host(), null, null, null,
                    TaskResult.of(Map.of("_ansible_no_log", true))) : event;
        }
    }
}
