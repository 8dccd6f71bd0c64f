package io.jplay.executor;

import io.jplay.output.RunListener;
import io.jplay.playbook.Play;
import io.jplay.playbook.Playbook;
import io.jplay.vars.VariableManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs playbooks: each play in turn with the linear strategy, hosts that failed leaving the
 * remaining plays, and the recap at the end. Reports everything through the services' listener;
 * never prints.
 */
public final class PlaybookExecutor {
    private final RunServices services;
    private final RunOptions options;
    private final Map<String, Object> globals;
    private java.util.Set<String> slice;

    /** @param globals run-wide magic variables ({@code ansible_version}, {@code ansible_config_file}, ...) */
    public PlaybookExecutor(RunServices services, RunOptions options, Map<String, Object> globals) {
        this.services = services.inventory() instanceof io.jplay.inventory.RunInventory ? services
                : services.withInventory(new io.jplay.inventory.RunInventory(services.inventory()));
        this.options = options;
        this.globals = globals;
    }

    /**
     * The hosts the plays of {@code playbooks} select (each play's {@code hosts} with its play vars and
     * the extra vars, narrowed by {@code --limit}), in order of first selection: the set {@code --slice}
     * partitions.
     */
    public java.util.Set<String> selectedHosts(List<Playbook> playbooks) {
        PlayPreparer preparer = new PlayPreparer(services, options, null);
        RunState nothingFailed = new RunState(null);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Playbook playbook : playbooks) {
            for (Play play : playbook.plays()) {
                preparer.hosts(play, preparer.playLevelVars(play), nothingFailed).forEach(h -> names.add(h.name()));
            }
        }
        return names;
    }

    /**
     * Runs only on {@code members} ({@code --slice}): every other host is left out of every play as if
     * it did not match. A slice does not end the playbook when all of a play's hosts in it have failed,
     * since the same play's hosts in other slices may still be running.
     */
    public PlaybookExecutor restrictedTo(java.util.Set<String> members) {
        this.slice = java.util.Set.copyOf(members);
        return this;
    }

    /**
     * What {@code --list-hosts}, {@code --list-tasks} and {@code --list-tags} show of {@code playbook}'s plays.
     * Every play's {@code hosts} is templated first, as Ansible validates them all before listing: an undefined
     * variable there throws {@link FatalRunError}.
     */
    public List<PlayListing> listing(Playbook playbook) {
        Path dir = playbook.path().toAbsolutePath().getParent();
        VariableManager variables = new VariableManager(services.inventory(), services.playbookVars().apply(dir),
                options.extraVars(), globals(dir), services.templater(), options.mergeHashes(), services.factCache());
        List<PlayListing> plays = new ArrayList<>();
        for (Play play : playbook.plays()) {
            plays.add(PlayListing.of(play, services, options, variables));
        }
        return plays;
    }

    /** Runs the playbooks in order and returns Ansible's exit code for the run (0, 2 or 4). */
    public int run(List<Playbook> playbooks) throws InterruptedException {
        RunListener listener = services.listener();
        Stats stats = new Stats();
        RunState run = new RunState(options.startAtTask());
        if (slice != null) {
            run.restrictTo(slice);
        }
        // as Ansible's callback loading at -vv: each built-in stdout callback is skipped by name, the one in use too
        // (Ansible compares the names with the callback object it has already loaded)
        for (String callback : List.of("default", "minimal", "oneline")) {
            listener.verbose(2, "Skipping callback '" + callback + "', as we already have a stdout callback.");
        }
        try (TaskDispatcher dispatcher = new TaskDispatcher(options.forks(), listener)) {
            for (Playbook playbook : playbooks) {
                listener.playbookStart(playbook.path().toString());
                if (!playbook.adHoc()) {
                    listener.verbose(2, playbook.plays().size() + " plays in " + playbook.given());
                }
                Path dir = playbook.path().toAbsolutePath().getParent();
                VariableManager variables = new VariableManager(services.inventory(),
                        services.playbookVars().apply(dir), options.extraVars(), globals(dir), services.templater(),
                        options.mergeHashes(), services.factCache());
                boolean stop = false;
                for (Play play : playbook.plays()) {
                    // Ansible breaks out of the plays when a whole serial batch failed or the play was broken; a
                    // slice does not, since the same play's hosts in other slices may still be running
                    if (new PlayRunner(services, options, variables, dispatcher, stats, run).run(play) && slice == null) {
                        stop = true;
                        break;
                    }
                }
                if (stop || run.anyFailed() || run.anyUnreachable()) {
                    break;
                }
            }
        }
        listener.stats(stats.snapshot());
        if (run.startAtTask() != null) {
            listener.error("No matching task \"" + run.startAtTask()
                    + "\" found. Note: --start-at-task can only follow static includes.");
        }
        listener.playbookEnd();
        if (run.anyUnreachable()) {
            return 4;
        }
        return run.anyFailed() ? 2 : 0;
    }

    private Map<String, Object> globals(Path playbookDir) {
        Map<String, Object> g = new LinkedHashMap<>(globals);
        g.put("playbook_dir", playbookDir.toString());
        g.put("omit", services.templater().omitPlaceholder());
        g.put("ansible_check_mode", options.check());
        g.put("ansible_diff_mode", options.diff());
        g.put("ansible_forks", (long) options.forks());
        g.put("ansible_verbosity", (long) options.verbosity());
        g.put("ansible_run_tags", options.tags().isEmpty() ? List.of("all") : new ArrayList<>(options.tags()));
        g.put("ansible_skip_tags", new ArrayList<>(options.skipTags()));
        return g;
    }
}
