package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.executor.RunOptions;
import io.jplay.output.DefaultCallback;
import io.jplay.output.JsonCallback;
import io.jplay.output.MinimalCallback;
import io.jplay.output.OneLineCallback;
import io.jplay.output.OutputSettings;
import io.jplay.output.RunListener;
import io.jplay.output.TreeWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the renderers of a run: the stdout callback ({@code stdout_callback}, or {@code minimal}
 * and {@code -o} in ad-hoc mode), plus {@code --tree}. Colour only on a terminal, unless forced.
 */
final class Outputs {
    private final AnsibleConfig config;
    private final RunOptions options;
    private final JplayCommand cmd;
    private final Terminal terminal;
    private final Path cwd;

    Outputs(AnsibleConfig config, RunOptions options, JplayCommand cmd, Terminal terminal, Path cwd) {
        this.config = config;
        this.options = options;
        this.cmd = cmd;
        this.terminal = terminal;
        this.cwd = cwd;
    }

    RunListener create() {
        boolean color = config.forceColor() || (terminal.stdoutIsTty() && !config.nocolor());
        OutputSettings settings = new OutputSettings(options.verbosity(), color, config.displaySkippedHosts(),
                config.displayOkHosts(), config.showCustomStats(), config.checkModeMarkers(), options.check(),
                "yaml".equalsIgnoreCase(config.resultFormat()) ? OutputSettings.ResultFormat.YAML
                        : OutputSettings.ResultFormat.JSON,
                terminal.stdoutIsTty() ? terminal.width() : 0);
        List<RunListener> listeners = new ArrayList<>();
        listeners.add(stdoutCallback(settings));
        String tree = cmd.tree != null ? cmd.tree : cmd.adHoc() && !cmd.tags.isEmpty() ? cmd.tags.get(0) : null;
        if (tree != null) {
            listeners.add(new TreeWriter(cwd.resolve(tree), settings, terminal.err()));
        }
        return listeners.size() == 1 ? listeners.get(0) : new FanOut(listeners);
    }

    private RunListener stdoutCallback(OutputSettings settings) {
        if (cmd.adHoc()) {
            return cmd.oneLine ? new OneLineCallback(settings, terminal.out(), terminal.err())
                    : new MinimalCallback(settings, terminal.out(), terminal.err());
        }
        String name = config.stdoutCallback();
        return switch (name) {
            case "json", "ansible.posix.json" -> new JsonCallback(settings, terminal.out(), terminal.err());
            case "minimal", "ansible.builtin.minimal" -> new MinimalCallback(settings, terminal.out(), terminal.err());
            case "oneline", "ansible.builtin.oneline" -> new OneLineCallback(settings, terminal.out(), terminal.err());
            case "yaml", "community.general.yaml" -> new DefaultCallback(withYaml(settings), terminal.out(),
                    terminal.err());
            default -> new DefaultCallback(settings, terminal.out(), terminal.err());
        };
    }

    private static OutputSettings withYaml(OutputSettings s) {
        return new OutputSettings(s.verbosity(), s.color(), s.displaySkippedHosts(), s.displayOkHosts(),
                s.showCustomStats(), s.checkModeMarkers(), s.checkMode(), OutputSettings.ResultFormat.YAML,
                s.terminalWidth());
    }
}
