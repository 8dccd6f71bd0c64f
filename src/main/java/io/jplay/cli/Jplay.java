package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.ConfigLoader;
import io.jplay.executor.RunOptions;
import io.jplay.executor.FatalRunError;
import io.jplay.vault.VaultSecrets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The whole command: parse the flags, read the configuration, then run playbooks or an ad-hoc
 * module. Maps every outcome to Ansible's exit code; prints errors as {@code ERROR! ...} and never
 * a Java stack trace (that only at {@code -vvv}).
 */
public final class Jplay {
    static final String VERSION = "0.1.0";

    private final Map<String, String> env;
    private final Path cwd;
    private final Terminal terminal;
    private volatile Session session;

    Jplay(Map<String, String> env, Path cwd, Terminal terminal) {
        this.env = env;
        this.cwd = cwd;
        this.terminal = terminal;
    }

    int execute(String... args) {
        if (args.length > 0 && args[0].equals("vault") && !java.nio.file.Files.isRegularFile(cwd.resolve("vault"))) {
            // jplay vault ACTION ...: ansible-vault's command line, unless "vault" is a playbook here
            return new VaultCommand(env, cwd, home(), terminal).execute(List.of(args).subList(1, args.length));
        }
        CommandLine cli = new CommandLine(JplayCommand.spec());
        JplayCommand cmd;
        try {
            cmd = JplayCommand.of(cli.parseArgs(args));
            if (cmd.askVaultPass && !cmd.vaultPasswordFiles.isEmpty()) {
                throw new CommandLine.ParameterException(cli, "argument --vault-password-file/--vault-pass-file: "
                        + "not allowed with argument --ask-vault-password/--ask-vault-pass");
            }
        } catch (CommandLine.ParameterException e) {
            cli.usage(terminal.err(), CommandLine.Help.Ansi.OFF);
            terminal.err().println("jplay: error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (cmd.help) {
            cli.usage(terminal.out(), CommandLine.Help.Ansi.OFF);
            terminal.out().flush();
            return ExitCodes.OK;
        }
        try {
            AnsibleConfig config = new ConfigLoader(env, cwd, home()).load();
            if (cmd.version) {
                terminal.out().print(VersionText.of(config));
                terminal.out().flush();
                return ExitCodes.OK;
            }
            List<String> vaultWarnings = new ArrayList<>();
            VaultSecrets vault = vaultSecrets(config, cmd, vaultWarnings);
            RunOptions options = new OptionsBuilder(config, cmd, env, cwd, terminal, vault).build();
            session = new Session(config, cmd, options, env, cwd, terminal, vault);
            vaultWarnings.forEach(session::warn);
            try {
                int code = cmd.jobs() ? new JobsMode(session).run()
                        : cmd.adHoc() ? new AdHocMode(session).run() : new PlaybookMode(session).run();
                terminal.out().flush();
                return code;
            } finally {
                session.close();
            }
        } catch (CliException e) {
            if (e.exitCode() == ExitCodes.OPTIONS) {
                cli.usage(terminal.out(), CommandLine.Help.Ansi.OFF);
            }
            terminal.out().flush();
            terminal.err().println("ERROR! " + e.getMessage());
            return e.exitCode();
        } catch (FatalRunError e) {
            terminal.out().flush();
            terminal.err().println("ERROR! " + e.getMessage());
            return e.exitCode();
        } catch (InterruptedException e) {
            terminal.out().flush();
            terminal.err().println("ERROR! User interrupted execution");
            return ExitCodes.INTERRUPTED;
        } catch (RuntimeException e) {
            terminal.out().flush();
            terminal.err().println("ERROR! Unexpected Exception, this is probably a bug: " + e.getMessage());
            if (cmd.verbosity() >= 3) {
                e.printStackTrace(terminal.err());
            }
            return ExitCodes.UNEXPECTED;
        }
    }

    /**
     * Reports an interrupted run (Ctrl-C): Ansible's message and the async jobs still being polled.
     * Called from the shutdown hook; returns the exit code to end with.
     */
    int interrupted() {
        terminal.out().flush();
        Session s = session;
        InterruptReport.print(terminal.err(), s == null ? java.util.List.of() : s.asyncRunner.activeJobs().snapshot(),
                s == null ? java.util.List.of() : s.cmd.inventory);
        terminal.err().flush();
        return ExitCodes.INTERRUPTED;
    }

    /** The run's vault secrets; when they cannot be had, the warnings about each source, then the error. */
    private VaultSecrets vaultSecrets(AnsibleConfig config, JplayCommand cmd, List<String> warnings) throws CliException {
        try {
            return new VaultSetup(config, terminal, cwd).forRun(cmd, warnings::add);
        } catch (CliException e) {
            warnings.forEach(w -> terminal.err().println("[WARNING]: " + w));
            throw e;
        }
    }

    private Path home() {
        String h = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(h);
    }
}
