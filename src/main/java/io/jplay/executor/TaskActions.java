package io.jplay.executor;

import io.jplay.module.ActionSupport;
import io.jplay.module.Module;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ActionSupport} of one task on one host: modules found as the task finds its own (its
 * {@code collections:} first), with the task's {@code module_defaults} for whichever module runs, and
 * the task's arguments as written, its banner name and the user at the terminal (for {@code pause}).
 */
final class TaskActions implements ActionSupport {
    private final ModuleLookup modules;
    private final List<String> collections;
    private final Map<String, Object> moduleDefaults;
    private final Templater templater;
    private final Map<String, Object> vars;
    private final String delegateTo;
    private final Map<String, Object> untemplatedArgs;
    private final String taskName;
    private final Prompter prompter;

    TaskActions(ModuleLookup modules, TaskContext tc, Templater templater, Map<String, Object> vars, String delegateTo,
            String taskName, Prompter prompter) {
        this.taskName = taskName;
        this.prompter = prompter;
        this.modules = modules;
        this.collections = tc.task().collections();
        this.moduleDefaults = tc.keywords().moduleDefaults();
        this.templater = templater;
        this.vars = vars;
        this.delegateTo = delegateTo;
        this.untemplatedArgs = tc.task().args();
    }

    @Override
    public Map<String, Object> untemplatedArgs() {
        return untemplatedArgs;
    }

    @Override
    public String taskName() {
        return taskName;
    }

    @Override
    public boolean interactive() {
        return prompter.interactive();
    }

    @Override
    public String ask(String text, boolean secret) {
        if (!prompter.interactive()) {
            return null;
        }
        String answer = prompter.ask(text, secret);
        prompter.eraseAnswer();
        return answer;
    }

    @Override
    public Optional<Module> find(String name) {
        return modules.find(name, collections);
    }

    @Override
    public Optional<Module> findOnTarget(String name) {
        return modules.findOnTarget(name);
    }

    @Override
    public Map<String, Object> withDefaults(Module module, Map<String, Object> args) throws TemplateException {
        List<Object> defaults = ModuleDefaults.applicable(moduleDefaults, module, modules);
        return defaults.isEmpty() ? args : ModuleDefaults.merge((List<?>) templater.template(defaults, vars), args);
    }

    @Override
    public String delegateTo() {
        return delegateTo;
    }
}
