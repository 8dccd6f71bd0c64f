package io.jplay.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line, with ansible-playbook's and ansible's option names so that habits carry over.
 * Only parsing lives here; {@link Jplay} decides what to run.
 */
@Command(name = "jplay", mixinStandardHelpOptions = false, sortOptions = false,
        description = "Runs Ansible playbooks (jplay PLAYBOOK...) and ad-hoc modules (jplay [PATTERN] -m MODULE).",
        usageHelpAutoWidth = true)
final class JplayCommand {

    @Parameters(paramLabel = "PLAYBOOK|PATTERN", description = "Playbook files, or in ad-hoc mode the host pattern.")
    List<String> positional = new ArrayList<>();

    @Option(names = {"-i", "--inventory", "--inventory-file"}, paramLabel = "INVENTORY",
            description = "Inventory file, directory or comma-separated host list (repeatable).")
    List<String> inventory = new ArrayList<>();

    @Option(names = {"-l", "--limit"}, paramLabel = "SUBSET", description = "Further limit selected hosts to a pattern.")
    String limit;

    @Option(names = {"-e", "--extra-vars"}, paramLabel = "EXTRA_VARS",
            description = "Extra variables: key=value, YAML/JSON text, or @file (repeatable).")
    List<String> extraVars = new ArrayList<>();

    @Option(names = {"-f", "--forks"}, paramLabel = "FORKS", description = "Number of hosts worked on at once (default 5).")
    Integer forks;

    @Option(names = {"-u", "--user"}, paramLabel = "REMOTE_USER", description = "Connect as this user.")
    String user;

    @Option(names = {"-c", "--connection"}, paramLabel = "CONNECTION", description = "Connection type (ssh, local).")
    String connection;

    @Option(names = {"-T", "--timeout"}, paramLabel = "TIMEOUT", description = "Connection timeout in seconds.")
    Integer timeout;

    @Option(names = {"--private-key", "--key-file"}, paramLabel = "PRIVATE_KEY_FILE", description = "SSH private key.")
    String privateKey;

    @Option(names = {"-k", "--ask-pass"}, description = "Ask for the connection password.")
    boolean askPass;

    @Option(names = {"--ssh-common-args"}, paramLabel = "SSH_COMMON_ARGS", description = "Extra ssh options.")
    String sshCommonArgs;

    @Option(names = {"--ssh-extra-args"}, paramLabel = "SSH_EXTRA_ARGS", description = "Extra ssh options.")
    String sshExtraArgs;

    @Option(names = {"-b", "--become"}, description = "Run operations with become.")
    boolean become;

    @Option(names = {"--become-user"}, paramLabel = "BECOME_USER", description = "Become this user (default root).")
    String becomeUser;

    @Option(names = {"--become-method"}, paramLabel = "BECOME_METHOD", description = "sudo or su.")
    String becomeMethod;

    @Option(names = {"-K", "--ask-become-pass"}, description = "Ask for the privilege escalation password.")
    boolean askBecomePass;

    @Option(names = {"-t", "--tags"}, paramLabel = "TAGS", description = "Only run plays and tasks tagged with these values.")
    List<String> tags = new ArrayList<>();

    @Option(names = {"--skip-tags"}, paramLabel = "SKIP_TAGS", description = "Skip plays and tasks tagged with these values.")
    List<String> skipTags = new ArrayList<>();

    @Option(names = {"-C", "--check"}, description = "Don't make changes; predict what would change.")
    boolean check;

    @Option(names = {"-D", "--diff"}, description = "Show the differences in changed files.")
    boolean diff;

    @Option(names = {"-v", "--verbose"}, description = "Verbose mode (-vvv for more, -vvvv for connection debugging).")
    boolean[] verbose = new boolean[0];

    @Option(names = {"--list-hosts"}, description = "List the matching hosts; do not run anything.")
    boolean listHosts;

    @Option(names = {"--list-tasks"}, description = "List all tasks that would be run.")
    boolean listTasks;

    @Option(names = {"--list-tags"}, description = "List all available tags.")
    boolean listTags;

    @Option(names = {"--syntax-check"}, description = "Check the playbook's syntax; do not run it.")
    boolean syntaxCheck;

    @Option(names = {"--start-at-task"}, paramLabel = "START_AT_TASK", description = "Start at the task with this name.")
    String startAtTask;

    @Option(names = {"--force-handlers"}, description = "Run handlers even if a task fails.")
    boolean forceHandlers;

    @Option(names = {"-m", "--module-name"}, paramLabel = "MODULE_NAME", description = "Ad-hoc: the module to run (default command).")
    String module;

    @Option(names = {"-a", "--args"}, paramLabel = "MODULE_ARGS", description = "Ad-hoc: the module's arguments.")
    String moduleArgs;

    @Option(names = {"-B", "--background"}, paramLabel = "SECONDS",
            description = "Ad-hoc: run asynchronously, failing after SECONDS.")
    Integer background;

    @Option(names = {"-P", "--poll"}, paramLabel = "POLL_INTERVAL",
            description = "Ad-hoc: poll interval when using -B (default 15).")
    Integer poll;

    @Option(names = {"-o", "--one-line"}, description = "Ad-hoc: condense output.")
    boolean oneLine;

    @Option(names = {"--tree"}, paramLabel = "TREE", description = "Ad-hoc: write one result file per host to this directory.")
    String tree;

    @Option(names = {"--cleanup"}, description = "jobs: remove finished job files (see --older-than).")
    boolean cleanup;

    @Option(names = {"--older-than"}, paramLabel = "AGE", description = "jobs: only those older than AGE (30m, 2h, 1d).")
    String olderThan;

    @Option(names = {"--version"}, description = "Show the version and exit.")
    boolean version;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    int verbosity() {
        return verbose.length;
    }

    /** {@code jplay jobs [PATTERN]}: list (or clean up) the async job files on the hosts. */
    boolean jobs() {
        return !positional.isEmpty() && positional.get(0).equals("jobs")
                && !java.nio.file.Files.exists(java.nio.file.Path.of("jobs"));
    }

    boolean adHoc() {
        return module != null || moduleArgs != null || background != null;
    }
}
