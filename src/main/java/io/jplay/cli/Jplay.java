package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.ConfigException;
import io.jplay.config.RunEnvironment;
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
    /** How long remote commands get to end after SIGTERM on Ctrl-C (and again after SIGKILL). */
    private static final java.time.Duration STOP_GRACE = java.time.Duration.ofSeconds(2);
    private final RunEnvironment environment;
    private final Map<String, String> env;
    private final Path cwd;
    private final Terminal terminal;
    private volatile Session session;
    private volatile int verbosity;
    private final java.util.Set<String> reportedFailures = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A run of this process with {@code env} as its environment variables, started in {@code cwd}. */
    Jplay(Map<String, String> env, Path cwd, Terminal terminal) {
        this(RunEnvironment.ofProcess(env, cwd), terminal);
    }

    Jplay(RunEnvironment environment, Terminal terminal) {
        this.environment = environment;
        this.env = environment.env();
        this.cwd = environment.cwd();
        this.terminal = terminal;
    }

    int execute(String... args) {
        java.util.Optional<String> badLocale = LocaleCheck.problem(env);
        if (badLocale.isPresent()) {
            // as every Ansible command, before it reads its configuration or its command line
            terminal.err().println(badLocale.get());
            terminal.err().flush();
            return 1;
        }
        if (MergeMode.requested(args, cwd)) {
            return new MergeMode(environment, terminal).run(args);
        }
        if (args.length > 0 && args[0].equals("vault") && !java.nio.file.Files.isRegularFile(cwd.resolve("vault"))) {
            // jplay vault ACTION ...: ansible-vault's command line, unless "vault" is a playbook here
            return new VaultCommand(env, cwd, environment.home(), terminal).execute(List.of(args).subList(1, args.length));
        }
        AnsibleConfig config;
        try {
            // as Ansible, which reads its configuration before it looks at the command line
            config = environment.loadConfig();
        } catch (ConfigException e) {
            return configError(terminal, e);
        }
        CommandLine cli = new CommandLine(JplayCommand.spec());
        HelpText help = new HelpText(cli.getCommandSpec());
        JplayCommand cmd;
        try {
            cmd = JplayCommand.of(cli.parseArgs(args));
            verbosity = cmd.verbosity();
            if (cmd.askVaultPass && !cmd.vaultPasswordFiles.isEmpty()) {
                throw new CommandLine.ParameterException(cli, "argument --vault-password-file/--vault-pass-file: "
                        + "not allowed with argument --ask-vault-password/--ask-vault-pass");
            }
        } catch (CommandLine.ParameterException e) {
            return usageError(help, UsageErrors.describe(e));
        }
        if (cmd.adHoc()) {
            // as ansible's own parser, whose positional argument is the host pattern
            help = new HelpText(cli.getCommandSpec(), HelpText.Mode.AD_HOC);
        }
        if (cmd.help) {
            terminal.out().print(help.help());
            terminal.out().flush();
            return ExitCodes.OK;
        }
        if (cmd.positional.isEmpty() && !cmd.version) {
            return usageError(help, "the following arguments are required: " + help.positionalName());
        }
        try {
            if (cmd.version) {
                terminal.out().print(VersionText.of(config, environment.version()));
                terminal.out().flush();
                return ExitCodes.OK;
            }
            List<String> vaultWarnings = new ArrayList<>();
            VaultSecrets vault = vaultSecrets(config, cmd, vaultWarnings);
            RunOptions options = new OptionsBuilder(config, cmd, env, cwd, terminal, vault).build();
            session = new Session(config, cmd, options, environment, terminal, vault);
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
            if (e.exitCode() == ExitCodes.USAGE) {
                // a value the argument checks refuse after parsing (forks below 1, also from ANSIBLE_FORKS):
                // as Ansible's parser.error, the usage and the error on stderr, without the whole help
                terminal.out().flush();
                terminal.err().print(help.usage());
                terminal.err().println("jplay: error: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e.exitCode() == ExitCodes.OPTIONS) {
                terminal.out().print(help.help());
            }
            terminal.out().flush();
            terminal.err().println("ERROR! " + e.getMessage());
            return e.exitCode();
        } catch (ConfigException e) {
            return configError(terminal, e);
        } catch (FatalRunError e) {
            terminal.out().flush();
            terminal.err().println("ERROR! " + e.getMessage());
            return e.exitCode();
        } catch (InterruptedException e) {
            terminal.out().flush();
            terminal.err().println(" [ERROR]: User interrupted execution");
            return ExitCodes.INTERRUPTED;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return unexpected(e, cmd.verbosity());
        }
    }

    /**
     * A configuration value Ansible would refuse (a number that is not one, a value outside the
     * setting's choices, an unreadable ansible.cfg): as Ansible reports it while reading its
     * constants, {@code ERROR: ...} and exit code 5.
     */
    static int configError(Terminal terminal, ConfigException e) {
        terminal.out().flush();
        terminal.err().println("ERROR: " + e.getMessage());
        terminal.err().flush();
        return ExitCodes.OPTIONS;
    }

    /** As Ansible's argument parser: the usage, the error, then the whole help, all on stderr; exit code 2. */
    private int usageError(HelpText help, String message) {
        terminal.err().print(help.usage());
        terminal.err().println("jplay: error: " + message);
        terminal.err().println(" ");
        terminal.err().print(help.help());
        terminal.err().flush();
        return ExitCodes.USAGE;
    }

    /**
     * Any other failure (a bug, a stack overflow, memory exhausted) as Ansible reports an unexpected
     * exception: one line and exit code 250; the Java stack trace only at {@code -vvv}.
     */
    private int unexpected(Throwable e, int verbosity) {
        terminal.out().flush();
        String what = e instanceof StackOverflowError ? "maximum recursion depth exceeded (stack overflow)"
                : e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + ")" : e.getMessage();
        terminal.err().println("ERROR! Unexpected Exception, this is probably a bug: " + what);
        if (verbosity >= 3) {
            e.printStackTrace(terminal.err());
        } else {
            // Ansible's display.display: on stdout, not with the error
            terminal.err().flush();
            terminal.out().println("to see the full traceback, use -vvv");
            terminal.out().flush();
        }
        return ExitCodes.UNEXPECTED;
    }

    /**
     * A failure that ended a thread of its own (an SSH library's reader thread out of memory, say),
     * for the process's default uncaught-exception handler: the same one line as {@link #unexpected},
     * once per distinct failure (many threads may fail alike), on stderr; the thread's name and the
     * Java stack trace only at {@code -vvv}. The run goes on: the host whose connection the thread
     * served fails through its own error.
     */
    void uncaught(Thread thread, Throwable e) {
        String what = e instanceof StackOverflowError ? "maximum recursion depth exceeded (stack overflow)"
                : e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + ")" : String.valueOf(e.getMessage());
        int level = verbosity;
        if (!reportedFailures.add(what) && level < 3) {
            return;
        }
        synchronized (terminal.err()) {
            terminal.err().println("ERROR! Unexpected Exception, this is probably a bug: " + what);
            if (level >= 3) {
                terminal.err().println("(in thread " + thread.getName() + ")");
                e.printStackTrace(terminal.err());
            }
            terminal.err().flush();
        }
    }

    /**
     * Reports an interrupted run (Ctrl-C): ends the synchronous commands still running on the
     * targets (their results are not shown), then prints Ansible's message and the async jobs still
     * being polled. Called from the shutdown hook; returns the exit code to end with.
     */
    int interrupted() {
        Session s = session;
        if (s != null) {
            s.stopProgress();
        }
        terminal.out().flush();
        terminal.muteOut();
        if (s != null) {
            s.stopRunningCommands(STOP_GRACE);
        }
        InterruptReport.print(terminal.err(), s == null ? java.util.List.of() : s.asyncRunner.activeJobs().snapshot(),
                s == null ? java.util.List.of() : s.cmd.inventory);
        terminal.err().flush();
        return ExitCodes.INTERRUPTED;
    }

    /** The run's vault secrets; when they cannot be had, the warnings about each source, then the error. */
    private VaultSecrets vaultSecrets(AnsibleConfig config, JplayCommand cmd, List<String> warnings) throws CliException {
        try {
            return new VaultSetup(config, terminal, cwd, environment.home()).forRun(cmd, warnings::add);
        } catch (CliException e) {
            warnings.forEach(w -> terminal.err().println("[WARNING]: " + w));
            throw e;
        }
    }

}
