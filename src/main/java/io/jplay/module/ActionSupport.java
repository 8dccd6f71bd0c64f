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
}
