package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.ConfigLoader;
import io.jplay.executor.RunOptions;
import java.nio.file.Path;
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
        CommandLine cli = new CommandLine(JplayCommand.spec());
        JplayCommand cmd;
        try {
            cmd = JplayCommand.of(cli.parseArgs(args));
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
            RunOptions options = new OptionsBuilder(config, cmd, env, cwd, terminal).build();
            session = new Session(config, cmd, options, env, cwd, terminal);
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
        } catch (InterruptedException e) {
            terminal.out().flush();
            terminal.err().println("ERROR! User interrupted execution");
            return ExitCodes.INTERRUPTED;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return unexpected(e, cmd.verbosity());
        }
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
            terminal.err().println("to see the full traceback, use -vvv");
        }
        return ExitCodes.UNEXPECTED;
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

    private Path home() {
        String h = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(h);
    }
}
