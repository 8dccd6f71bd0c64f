package io.jplay.executor;

import io.jplay.clock.Sleeper;

import io.jplay.connection.ConnectionFactory;
import io.jplay.inventory.Inventory;
import io.jplay.output.RunListener;
import io.jplay.template.LookupRunner;
import io.jplay.template.Templater;
import io.jplay.vars.PlaybookVarsSource;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The collaborators of a run, handed to the executor by the CLI (or a test).
 *
 * @param playbookVars {@code group_vars/} and {@code host_vars/} beside a playbook directory
 * @param dataFiles reads {@code vars_files} (decrypting vaulted ones with the run's secrets)
 * @param prompter the user at the terminal, asked for {@code vars_prompt} answers
 * @param step {@code --step}: the prompter is asked before each task whether to run it
 */
public record RunServices(
        Inventory inventory,
        Templater templater,
        ModuleLookup modules,
        ConnectionFactory connections,
        TaskFileLoader taskFiles,
        LookupRunner lookups,
        AsyncExecution async,
        Function<Path, PlaybookVarsSource> playbookVars,
        Sleeper sleeper,
        RunListener listener,
        YamlLoader dataFiles,
        Prompter prompter,
        io.jplay.factcache.FactCache factCache,
        boolean step) {

    /** The same collaborators around another inventory (the run's mutable view for {@code add_host}/{@code group_by}). */
    public RunServices withInventory(Inventory other) {
        return new RunServices(other, templater, modules, connections, taskFiles, lookups, async, playbookVars,
                sleeper, listener, dataFiles, prompter, factCache, step);
    }
}
