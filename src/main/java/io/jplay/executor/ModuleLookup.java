package io.jplay.executor;

import io.jplay.module.Module;
import java.util.Optional;

/** Finds a module by the name a task uses ({@code command}, {@code ansible.builtin.command}). */
@FunctionalInterface
public interface ModuleLookup {

    Optional<Module> find(String name);

    /** The module for a task's action with the task's {@code collections:} (searched first for a short name). */
    default Optional<Module> find(String name, java.util.List<String> collections) {
        return find(name);
    }

    /** The module Ansible runs on the target under {@code name} (a Python module), skipping native ones. */
    default Optional<Module> findOnTarget(String name) {
        return Optional.empty();
    }

    /** The action names of a {@code module_defaults} group ({@code group/<name>}), empty when unknown. */
    default java.util.List<String> actionGroup(String group) {
        return java.util.List.of();
    }
}
