package io.jplay.cli;

import io.jplay.executor.PlaybookExecutor;
import io.jplay.inventory.Host;
import io.jplay.inventory.Inventory;
import io.jplay.playbook.Keywords;
import io.jplay.playbook.LoopControl;
import io.jplay.playbook.Play;
import io.jplay.playbook.Playbook;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import io.jplay.python.KvArgs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code jplay [PATTERN] -m MODULE -a ARGS}: one task in a play named {@code Ansible Ad-Hoc} without
 * fact gathering, rendered by the {@code minimal} callback. {@code -B N} runs it in the background
 * and {@code -P M} polls it; {@code -P} without {@code -B} runs synchronously.
 */
final class AdHocMode {
    /** Modules that take free-form text and require it, as Ansible's {@code MODULE_REQUIRE_ARGS}. */
    private static final Set<String> REQUIRE_ARGS = Set.of("command", "win_command", "shell", "win_shell", "raw",
            "script");

    private final Session session;

    AdHocMode(Session session) {
        this.session = session;
    }

    int run() throws CliException, InterruptedException {
        JplayCommand cmd = session.cmd;
        if (cmd.positional.size() > 1) {
            throw new CliException("Extraneous options or arguments", ExitCodes.OPTIONS);
        }
        String pattern = cmd.positional.isEmpty() ? "all" : cmd.positional.get(0);
        String module = cmd.module == null ? "command" : cmd.module;
        String shortName = module.replaceFirst("^ansible\\.(builtin|legacy)\\.", "");
        String argsText = cmd.moduleArgs == null ? "" : cmd.moduleArgs;
        boolean requiresArgs = REQUIRE_ARGS.contains(shortName);
        // as ansible: --list-hosts lists before the module's arguments are looked at
        if (requiresArgs && argsText.isBlank() && !cmd.listHosts) {
            throw new CliException("No argument passed to " + module + " module", ExitCodes.OPTIONS);
        }
        session.announce();
        Map<String, Object> args = jsonArgs(argsText);
        try {
            args = args != null ? args : KvArgs.parse(argsText, requiresArgs);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), ExitCodes.OPTIONS);
        }
        int background = cmd.background == null ? 0 : cmd.background;
        int poll = cmd.poll != null ? cmd.poll : session.options.pollInterval();
        return execute(pattern, module, args, background, poll);
    }

    /** {@code -a '{"cmd": "whoami"}'}: a JSON object is the arguments, as ansible's; null for anything else. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonArgs(String text) {
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return null;
        }
        try {
            Object parsed = io.jplay.json.JsonParser.parse(text.strip());
            return parsed instanceof Map<?, ?> m && !m.isEmpty() ? (Map<String, Object>) m : null;
        } catch (io.jplay.json.JsonException e) {
            return null;
        }
    }

    /** {@code --playbook-dir} (or {@code ANSIBLE_PLAYBOOK_DIR}) made absolute, or null when not given. */
    private java.nio.file.Path baseDir() {
        String dir = session.cmd.playbookDir != null ? session.cmd.playbookDir
                : session.config.playbookDir().orElse(null);
        return dir == null || dir.isEmpty() ? null : session.cwd.resolve(dir).toAbsolutePath().normalize();
    }

    /** Runs one task on the hosts {@code pattern} selects, as the play {@code Ansible Ad-Hoc}. */
    int execute(String pattern, String module, Map<String, Object> args, int background, int poll)
            throws CliException, InterruptedException {
        JplayCommand cmd = session.cmd;
        java.nio.file.Path baseDir = baseDir();
        if (baseDir != null) {
            // as ansible's --playbook-dir: its plugins (inventory ones too) before the inventory loads
            session.addPluginDirs(baseDir);
        }
        Inventory inventory = session.inventory(pattern);
        if (session.options.limit() != null) {
            session.requireTargets(inventory, pattern);
        }
        List<Host> hosts = inventory.select(pattern, session::warn);
        if (session.options.limit() != null) {
            Set<String> allowed = new java.util.HashSet<>();
            inventory.select(session.options.limit()).forEach(h -> allowed.add(h.name()));
            hosts = hosts.stream().filter(h -> allowed.contains(h.name())).toList();
        }
        io.jplay.slice.HostSlice slice = new Slicing(session).slice();
        if (slice != null) {
            Set<String> members = slice.members(hosts.stream().map(Host::name).toList());
            hosts = hosts.stream().filter(h -> members.contains(h.name())).toList();
        }
        if (cmd.listHosts) {
            session.terminal.out().println("  hosts (" + hosts.size() + "):");
            hosts.forEach(h -> session.terminal.out().println("    " + h.name()));
            return ExitCodes.OK;
        }
        if (hosts.isEmpty()) {
            session.warn("No hosts matched, nothing to do");
            return ExitCodes.OK;
        }
        try {
            // as ansible's play load, once the hosts are known
            args = io.jplay.playbook.parse.PlaybookParser.checkedAdHocArgs(module, args);
        } catch (io.jplay.playbook.parse.PlaybookException e) {
            throw new CliException(e.render().stripTrailing(), e.exitCode());
        }
        int taskTimeout = cmd.taskTimeout != null ? cmd.taskTimeout : session.config.taskTimeout();
        Keywords keywords = new Keywords(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, (Object) (long) taskTimeout, null);
        Task task = new Task(null, module, args, keywords, List.of(), null, null, LoopControl.DEFAULT, null, null,
                null, null, null, null, background > 0 ? (Object) (long) background : null,
                background > 0 ? (Object) (long) poll : null, null, Map.of(), List.of(), List.of(), List.of(),
                SourceLocation.UNKNOWN);
        Play play = new Play("Ansible Ad-Hoc", pattern, false, Map.of(), List.of(), List.of(), List.of(),
                List.of(task), List.of(), List.of(), Keywords.NONE, "linear", null, null, List.of(),
                baseDir == null ? session.cwd : baseDir, SourceLocation.UNKNOWN, List.of(), List.of(), List.of());
        Playbook playbook = new Playbook((baseDir == null ? session.cwd : baseDir).resolve(Playbook.AD_HOC), List.of(play));
        PlaybookExecutor executor = new PlaybookExecutor(session.services(inventory, session.parser(),
                baseDir == null ? session.cwd : baseDir),
                session.options, Globals.of(session));
        new Slicing(session).apply(executor, List.of(playbook));
        return executor.run(List.of(playbook));
    }
}
