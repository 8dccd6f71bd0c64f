package io.jplay.module;

import io.jplay.template.TemplateException;
import java.util.Map;
import java.util.Optional;

/**
 * What a module with a controller half (Ansible's action plugins: {@code package}, {@code service},
 * {@code assemble}...) may ask about the other modules of its task: finding one by name as Ansible's
 * module loader does and giving it the task's {@code module_defaults}.
 */
public interface ActionSupport {
    /** Finds nothing: for contexts outside a task (tests, helper runs). */
    ActionSupport NONE = new ActionSupport() {
        @Override
        public Optional<Module> find(String name) {
            return Optional.empty();
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
    };

    /** The module {@code name} resolves to for this task (with its {@code collections:}), jplay's native modules first. */
    Optional<Module> find(String name);

    /** The module Ansible ships under {@code name} to run on the target (its Python module), never a native one. */
    Optional<Module> findOnTarget(String name);

    /** {@code args} over the task's {@code module_defaults} that apply to {@code module}, templated. */
    Map<String, Object> withDefaults(Module module, Map<String, Object> args) throws TemplateException;

    /** The task's {@code delegate_to} host, templated, or {@code null}. */
    String delegateTo();

    /**
     * The task's arguments as written, before templating (Ansible's {@code untemplated_args}, which
     * {@code assert} reads its {@code that} from); empty when unknown.
     */
    default Map<String, Object> untemplatedArgs() {
        return Map.of();
    }

    /** The task's name as its banner shows it (Ansible's {@code task.get_name()}); empty when unknown. */
    default String taskName() {
        return "";
    }

    /** Whether the user is at a terminal that an action may ask ({@code pause}): only then does Ansible wait. */
    default boolean interactive() {
        return false;
    }

    /**
     * Shows {@code text} on the terminal and reads the user's line, not echoed when {@code secret}, then
     * takes the typed line off the screen as Ansible's {@code pause} does; null when nobody can answer
     * (no terminal, or the input ended).
     */
    default String ask(String text, boolean secret) {
        return null;
    }
}
