package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.RunEnvironment;
import io.jplay.executor.RunOptions;
import io.jplay.output.CompositeListener;
import io.jplay.output.DefaultCallback;
import io.jplay.output.JsonCallback;
import io.jplay.output.JunitCallback;
import io.jplay.output.JunitSettings;
import io.jplay.output.LogFileListener;
import io.jplay.output.MinimalCallback;
import io.jplay.output.OneLineCallback;
import io.jplay.output.OutputSettings;
import io.jplay.output.ProfileTasks;
import io.jplay.output.RunListener;
import io.jplay.output.Timer;
import io.jplay.output.TreeWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the renderers of a run: the stdout callback ({@code stdout_callback}, or {@code minimal}
 * and {@code -o} in ad-hoc mode), the enabled callbacks ({@code profile_tasks}, {@code timer}, {@code junit}), the
 * {@code log_path} file and {@code --tree}. Colour only on a terminal, unless forced.
 */
final class Outputs {
    private final AnsibleConfig config;
    private final RunOptions options;
    private final JplayCommand cmd;
    private final Terminal terminal;
    private final RunEnvironment environment;
    private final Path cwd;

    Outputs(AnsibleConfig config, RunOptions options, JplayCommand cmd, Terminal terminal, RunEnvironment environment) {
        this.config = config;
        this.options = options;
        this.cmd = cmd;
        this.terminal = terminal;
        this.environment = environment;
        this.cwd = environment.cwd();
    }

    RunListener create() {
        OutputSettings settings = settings();
        List<RunListener> listeners = new ArrayList<>();
        listeners.add(stdoutCallback(settings));
        if (!cmd.adHoc()) {
            for (String name : config.callbacksEnabled()) {
                switch (name) {
                    case "profile_tasks", "ansible.posix.profile_tasks" ->
                            listeners.add(new ProfileTasks(settings, terminal.out(), environment.clock()));
                    case "timer", "ansible.posix.timer" ->
                            listeners.add(new Timer(settings, terminal.out(), environment.clock()));
                    case "junit", "ansible.builtin.junit", "ansible.legacy.junit" -> listeners.add(new JunitCallback(
                            JunitSettings.from(config, cwd, environment.home()), settings,
                            environment.clock(), terminal.err()));
                    default -> {
                        // callbacks jplay does not have are ignored, as Ansible ignores missing ones
                    }
                }
            }
        }
        config.logPath().ifPresent(path -> logFile(path, settings, listeners));
        String tree = cmd.tree != null ? cmd.tree : cmd.adHoc() && !cmd.tags.isEmpty() ? cmd.tags.get(0) : null;
        if (tree != null) {
            listeners.add(new TreeWriter(cwd.resolve(tree), settings, terminal.err()));
        }
        return listeners.size() == 1 ? listeners.get(0) : new CompositeListener(listeners);
    }

    private OutputSettings settings() {
        boolean color = config.forceColor() || (terminal.stdoutIsTty() && !config.nocolor());
        OutputSettings.ResultFormat format = switch (config.stdoutCallback()) {
            case "yaml", "community.general.yaml" -> OutputSettings.ResultFormat.COMMUNITY_YAML;
            default -> "yaml".equalsIgnoreCase(config.resultFormat()) ? OutputSettings.ResultFormat.YAML
                    : OutputSettings.ResultFormat.JSON;
        };
        return new OutputSettings(options.verbosity(), color, config.displaySkippedHosts(), config.displayOkHosts(),
                config.showCustomStats(), config.checkModeMarkers(), options.check(), format,
                terminal.stdoutIsTty() ? terminal.width() : 0, config.displayFailedStderr(), false);
    }

    private void logFile(String path, OutputSettings settings, List<RunListener> listeners) {
        try {
            PrintStream log = new PrintStream(new FileOutputStream(cwd.resolve(path).toFile(), true), true,
                    StandardCharsets.UTF_8);
            listeners.add(new LogFileListener(settings.withColor(false), log, environment.clock(),
                    ProcessHandle.current().pid(), environment.user()));
        } catch (IOException e) {
            terminal.err().println("[WARNING]: log file at " + path + " is not writeable and we cannot create it, "
                    + "aborting");
        }
    }

    private RunListener stdoutCallback(OutputSettings settings) {
        // as the ansible command: -o, else with bin_ansible_callbacks a stdout_callback other than
        // default, else minimal
        boolean adHocOwnCallback = config.loadCallbackPlugins() && !config.stdoutCallback().equals("default");
        if (cmd.adHoc() && (cmd.oneLine || !adHocOwnCallback)) {
            return cmd.oneLine ? new OneLineCallback(settings, terminal.out(), terminal.err())
                    : new MinimalCallback(settings, terminal.out(), terminal.err());
        }
        return switch (config.stdoutCallback()) {
            case "json", "ansible.posix.json" -> new JsonCallback(settings, terminal.out(), terminal.err());
            case "minimal", "ansible.builtin.minimal" -> new MinimalCallback(settings, terminal.out(), terminal.err());
            case "oneline", "ansible.builtin.oneline" -> new OneLineCallback(settings, terminal.out(), terminal.err());
            default -> new DefaultCallback(settings, terminal.out(), terminal.err());
        };
    }
}
