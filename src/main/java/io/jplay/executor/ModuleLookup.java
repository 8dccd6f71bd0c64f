package io.jplay.executor;

import io.jplay.module.Module;
import java.util.Optional;

/** Finds a module by the name a task uses ({@code command}, {@code ansible.builtin.command}). */
@FunctionalInterface
public interface ModuleLookup {

    Optional<Module> find(String name);
}
