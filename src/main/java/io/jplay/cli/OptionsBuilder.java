package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.executor.RunOptions;
import io.jplay.vault.VaultSecrets;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Combines ansible.cfg and {@code ANSIBLE_*} settings with the flags (flags win) into {@link RunOptions}. */
final class OptionsBuilder {
    private final AnsibleConfig config;
    private final JplayCommand cmd;
    private final Path cwd;
    private final Terminal terminal;
    private final VaultSecrets vault;

    OptionsBuilder(AnsibleConfig config, JplayCommand cmd, Map<String, String> env, Path cwd, Terminal terminal,
            VaultSecrets vault) {
        this.vault = vault;
        this.config = config;
        this.cmd = cmd;
        this.cwd = cwd;
        this.terminal = terminal;
    }

    RunOptions build() throws CliException {
        int forks = cmd.forks != null ? cmd.forks : config.forks();
        if (forks < 1) {
            throw new CliException("The number of processes (--forks) must be >= 1", ExitCodes.USAGE);
        }
        List<String> sshArgs = new ArrayList<>();
        sshArgs.addAll(words(config.sshArgs()));
        sshArgs.addAll(words(cmd.sshCommonArgs != null ? cmd.sshCommonArgs : config.sshCommonArgs()));
        sshArgs.addAll(words(cmd.sshExtraArgs != null ? cmd.sshExtraArgs : config.sshExtraArgs()));
        boolean askPass = cmd.askPass || config.askPass();
        String sshPassword = askPass ? terminal.prompt("SSH password: ") : null;
        String becomePassword = null;
        if (cmd.askBecomePass || config.becomeAskPass()) {
            // like Ansible: with -k an empty become password means "the SSH password"
            becomePassword = terminal.prompt(askPass ? "BECOME password[defaults to SSH password]: "
                    : "BECOME password: ");
            if (askPass && "".equals(becomePassword)) {
                becomePassword = sshPassword;
            }
        }
        RunOptions.BecomeDefaults become = new RunOptions.BecomeDefaults(cmd.become || config.become(),
                cmd.becomeUser != null ? cmd.becomeUser : config.becomeUser(),
                cmd.becomeMethod != null ? cmd.becomeMethod : config.becomeMethod(), null, becomePassword);
        Map<String, Object> extraVars = new ExtraVars(new YamlLoader(w -> { }, vault), cwd).parse(cmd.extraVars);
        String connection = cmd.connection != null ? cmd.connection
                : "smart".equals(config.transport()) ? null : config.transport();
        boolean adHocTree = cmd.adHoc() && !cmd.tags.isEmpty();
        return new RunOptions(forks, cmd.check, cmd.diff, Math.max(cmd.verbosity(), config.verbosity()),
                adHocTree ? Set.of() : split(cmd.tags), split(cmd.skipTags), cmd.startAtTask, limit(),
                connection, cmd.user != null ? cmd.user : config.remoteUser().orElse(null),
                cmd.privateKey != null ? cmd.privateKey : config.privateKeyFile().orElse(null),
                Duration.ofSeconds(cmd.timeout != null ? cmd.timeout : config.timeout()), config.hostKeyChecking(),
                sshArgs, become, config.asyncDir(), config.pollInterval(), config.gathering(), config.anyErrorsFatal(),
                cmd.forceHandlers, extraVars, sshPassword, "merge".equals(config.hashBehaviour()),
                config.taskTimeout());
    }

    /** {@code --limit}, with {@code @file} read as one pattern per line. */
    private String limit() throws CliException {
        if (cmd.limit == null || cmd.limit.replace(",", "").isBlank()) {
            return null; // as Ansible: a limit of no patterns (",,", "") limits nothing
        }
        if (!cmd.limit.startsWith("@")) {
            return cmd.limit;
        }
        Path file = cwd.resolve(cmd.limit.substring(1));
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file).stream().map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
            return String.join(",", lines);
        } catch (java.io.IOException e) {
            throw new CliException("Unable to find limit file " + file, ExitCodes.ERROR);
        }
    }

    private static Set<String> split(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("\\s+"));
    }
}
