package io.jplay.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task's {@link ActionSupport} for module tests: the modules it finds by exact name, the task's
 * banner name, and the user at the terminal (one answer for every question, or nobody).
 */
public final class TestActions implements ActionSupport {
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private String taskName = "";
    private String answer;
    private boolean interactive;
    private final List<Boolean> secretsAsked = new ArrayList<>();

    /** Finds {@code module} under {@code name}. */
    public TestActions module(String name, Module module) {
        modules.put(name, module);
        return this;
    }

    public TestActions taskName(String name) {
        this.taskName = name;
        return this;
    }

    /** A user at a terminal who answers {@code line} to every question. */
    public TestActions user(String line) {
        this.answer = line;
        this.interactive = true;
        return this;
    }

    /** For each question asked, whether it was a secret one. */
    public List<Boolean> secretsAsked() {
        return secretsAsked;
    }

    @Override
    public Optional<Module> find(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    @Override
    public Optional<Module> findOnTarget(String name) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> withDefaults(Module module, Map<String, Object> args) {
        return args;
    }

    @Override
    public String delegateTo() {
        return null;
    }

    @Override
    public String taskName() {
        return taskName;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public String ask(String text, boolean secret) {
        secretsAsked.add(secret);
        return interactive ? answer : null;
    }
}
