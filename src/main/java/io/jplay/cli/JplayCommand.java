package io.jplay.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line, with ansible-playbook's and ansible's option names so that habits carry over.
 * Only parsing lives here; {@link Jplay} decides what to run.
 *
 * <p>The options are declared through picocli's programmatic model rather than annotations: the
 * annotated form reflects over every field and builds annotation proxies at each start, which
 * cost a quarter of a one-task playbook's run time.
 */
final class JplayCommand {
    List<String> positional = new ArrayList<>();
    List<String> inventory = new ArrayList<>();
    String limit;
    List<String> extraVars = new ArrayList<>();
    Integer forks;
    String user;
    String connection;
    Integer timeout;
    String privateKey;
    boolean askPass;
    String sshCommonArgs;
    String sshExtraArgs;
    boolean become;
    String becomeUser;
    String becomeMethod;
    boolean askBecomePass;
    List<String> tags = new ArrayList<>();
    List<String> skipTags = new ArrayList<>();
    boolean check;
    boolean diff;
    int verbosity;
    boolean listHosts;
    boolean listTasks;
    boolean listTags;
    boolean syntaxCheck;
    String startAtTask;
    boolean step;
    boolean forceHandlers;
    boolean flushCache;
    String module;
    String moduleArgs;
    /** Ad-hoc {@code --playbook-dir}: the directory standing in for a playbook's (plugins, {@code playbook_dir}). */
    String playbookDir;
    Integer background;
    Integer poll;
    boolean oneLine;
    String tree;
    boolean cleanup;
    String olderThan;
    List<String> vaultIds = new ArrayList<>();
    List<String> vaultPasswordFiles = new ArrayList<>();
    boolean askVaultPass;
    boolean version;
    boolean help;
    String slice;
    boolean sliceUnsafe;
    boolean noProgress;
    Integer taskTimeout;

    /** The options and their help texts, in the order {@code --help} lists them. */
    static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("jplay");
        // the description and the groups of --help: HelpText
        spec.usageMessage().sortOptions(false).autoWidth(true);
        spec.parser().expandAtFiles(false).caseInsensitiveEnumValuesAllowed(true).posixClusteredShortOptionsAllowed(true)
                .overwrittenOptionsAllowed(true);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("PLAYBOOK|PATTERN").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Playbook files, or in ad-hoc mode the host pattern.").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
        flag(spec, "Show the version and exit.", "--version");
        spec.addOption(OptionSpec.builder("-v", "--verbose").type(boolean[].class).arity("0")
                .description("Verbose mode (-vvv for more, -vvvv for connection debugging).").build());
        repeated(spec, "INVENTORY", "Inventory file, directory or comma-separated host list (repeatable).",
                "-i", "--inventory", "--inventory-file");
        value(spec, String.class, "SUBSET", "Further limit selected hosts to a pattern.", "-l", "--limit");
        repeated(spec, "EXTRA_VARS", "Extra variables: key=value, YAML/JSON text, or @file (repeatable).",
                "-e", "--extra-vars");
        value(spec, Integer.class, "FORKS", "Number of hosts worked on at once (default 5).", "-f", "--forks");
        value(spec, String.class, "REMOTE_USER", "Connect as this user.", "-u", "--user");
        value(spec, String.class, "CONNECTION", "Connection type (ssh, local).", "-c", "--connection");
        value(spec, Integer.class, "TIMEOUT", "Connection timeout in seconds.", "-T", "--timeout");
        value(spec, String.class, "PRIVATE_KEY_FILE", "SSH private key.", "--private-key", "--key-file");
        flag(spec, "Ask for the connection password.", "-k", "--ask-pass");
        value(spec, String.class, "SSH_COMMON_ARGS", "Extra ssh options.", "--ssh-common-args");
        value(spec, String.class, "SSH_EXTRA_ARGS", "Extra ssh options.", "--ssh-extra-args");
        flag(spec, "Run operations with become.", "-b", "--become");
        value(spec, String.class, "BECOME_USER", "Become this user (default root).", "--become-user");
        value(spec, String.class, "BECOME_METHOD", "sudo or su.", "--become-method");
        flag(spec, "Ask for the privilege escalation password.", "-K", "--ask-become-pass");
        repeated(spec, "VAULT_IDS", "A vault identity to use: [label@]source, source being prompt, a password file "
                + "or script (repeatable).", "--vault-id");
        flag(spec, "Ask for the vault password.", "--ask-vault-password", "--ask-vault-pass");
        repeated(spec, "VAULT_PASSWORD_FILES", "Vault password file or script (repeatable).", "--vault-password-file",
                "--vault-pass-file");
        repeated(spec, "TAGS", "Only run plays and tasks tagged with these values.", "-t", "--tags");
        repeated(spec, "SKIP_TAGS", "Skip plays and tasks tagged with these values.", "--skip-tags");
        flag(spec, "Don't make changes; predict what would change.", "-C", "--check");
        flag(spec, "Show the differences in changed files.", "-D", "--diff");
        flag(spec, "List the matching hosts; do not run anything.", "--list-hosts");
        flag(spec, "List all tasks that would be run.", "--list-tasks");
        flag(spec, "List all available tags.", "--list-tags");
        flag(spec, "Check the playbook's syntax; do not run it.", "--syntax-check");
        flag(spec, "one-step-at-a-time: confirm each task before running", "--step");
        value(spec, String.class, "START_AT_TASK", "Start at the task with this name.", "--start-at-task");
        flag(spec, "Run handlers even if a task fails.", "--force-handlers");
        flag(spec, "Clear the fact cache of every host in the inventory.", "--flush-cache");
        value(spec, String.class, "MODULE_NAME", "Ad-hoc: the module to run (default command).", "-m", "--module-name");
        value(spec, String.class, "MODULE_ARGS", "Ad-hoc: the module's arguments.", "-a", "--args");
        value(spec, Integer.class, "SECONDS", "Ad-hoc: run asynchronously, failing after SECONDS.", "-B", "--background");
        value(spec, Integer.class, "TASK_TIMEOUT", "Ad-hoc: fail the task after TASK_TIMEOUT seconds (default"
                + " task_timeout, 0: never).", "--task-timeout");
        value(spec, Integer.class, "POLL_INTERVAL", "Ad-hoc: poll interval when using -B (default 15).", "-P", "--poll");
        value(spec, String.class, "BASEDIR", "Ad-hoc: use this as a substitute playbook directory (its plugins,"
                + " playbook_dir).", "--playbook-dir");
        flag(spec, "Ad-hoc: condense output.", "-o", "--one-line");
        value(spec, String.class, "TREE", "Ad-hoc: write one result file per host to this directory.", "--tree");
        flag(spec, "jobs: remove finished job files (see --older-than).", "--cleanup");
        value(spec, String.class, "AGE", "jobs: only those older than AGE (30m, 2h, 1d).", "--older-than");
        value(spec, String.class, "I/N|auto", "Run only slice I of N of the selected hosts (auto: from"
                + " JOB_COMPLETION_INDEX and JOB_COMPLETIONS); see docs/scale-out.md.", "--slice");
        flag(spec, "Slice even plays that look across hosts (run_once, serial, hostvars, ...).", "--slice-unsafe");
        flag(spec, "Do not show the live async progress line on a terminal.", "--no-progress");
        return spec;
    }

    /** The values of a successful parse of {@link #spec()}. */
    static JplayCommand of(ParseResult parsed) {
        JplayCommand cmd = new JplayCommand();
        cmd.positional = parsed.matchedPositionalValue(0, cmd.positional);
        cmd.inventory = parsed.matchedOptionValue("-i", cmd.inventory);
        cmd.limit = parsed.matchedOptionValue("-l", null);
        cmd.extraVars = parsed.matchedOptionValue("-e", cmd.extraVars);
        cmd.forks = parsed.matchedOptionValue("-f", null);
        cmd.user = parsed.matchedOptionValue("-u", null);
        cmd.connection = parsed.matchedOptionValue("-c", null);
        cmd.timeout = parsed.matchedOptionValue("-T", null);
        cmd.privateKey = parsed.matchedOptionValue("--private-key", null);
        cmd.askPass = parsed.hasMatchedOption("-k");
        cmd.sshCommonArgs = parsed.matchedOptionValue("--ssh-common-args", null);
        cmd.sshExtraArgs = parsed.matchedOptionValue("--ssh-extra-args", null);
        cmd.become = parsed.hasMatchedOption("-b");
        cmd.becomeUser = parsed.matchedOptionValue("--become-user", null);
        cmd.becomeMethod = parsed.matchedOptionValue("--become-method", null);
        cmd.askBecomePass = parsed.hasMatchedOption("-K");
        cmd.tags = parsed.matchedOptionValue("-t", cmd.tags);
        cmd.skipTags = parsed.matchedOptionValue("--skip-tags", cmd.skipTags);
        cmd.check = parsed.hasMatchedOption("-C");
        cmd.diff = parsed.hasMatchedOption("-D");
        cmd.verbosity = parsed.matchedOptionValue("-v", new boolean[0]).length;
        cmd.listHosts = parsed.hasMatchedOption("--list-hosts");
        cmd.listTasks = parsed.hasMatchedOption("--list-tasks");
        cmd.listTags = parsed.hasMatchedOption("--list-tags");
        cmd.syntaxCheck = parsed.hasMatchedOption("--syntax-check");
        cmd.step = parsed.hasMatchedOption("--step");
        cmd.startAtTask = parsed.matchedOptionValue("--start-at-task", null);
        cmd.forceHandlers = parsed.hasMatchedOption("--force-handlers");
        cmd.flushCache = parsed.hasMatchedOption("--flush-cache");
        cmd.module = parsed.matchedOptionValue("-m", null);
        cmd.moduleArgs = parsed.matchedOptionValue("-a", null);
        cmd.playbookDir = parsed.matchedOptionValue("--playbook-dir", null);
        cmd.background = parsed.matchedOptionValue("-B", null);
        cmd.poll = parsed.matchedOptionValue("-P", null);
        cmd.taskTimeout = parsed.matchedOptionValue("--task-timeout", null);
        cmd.oneLine = parsed.hasMatchedOption("-o");
        cmd.tree = parsed.matchedOptionValue("--tree", null);
        cmd.cleanup = parsed.hasMatchedOption("--cleanup");
        cmd.olderThan = parsed.matchedOptionValue("--older-than", null);
        cmd.vaultIds = parsed.matchedOptionValue("--vault-id", cmd.vaultIds);
        cmd.vaultPasswordFiles = parsed.matchedOptionValue("--vault-password-file", cmd.vaultPasswordFiles);
        cmd.askVaultPass = parsed.hasMatchedOption("--ask-vault-password");
        cmd.slice = parsed.matchedOptionValue("--slice", null);
        cmd.sliceUnsafe = parsed.hasMatchedOption("--slice-unsafe");
        cmd.noProgress = parsed.hasMatchedOption("--no-progress");
        cmd.version = parsed.hasMatchedOption("--version");
        cmd.help = parsed.isUsageHelpRequested();
        return cmd;
    }

    private static void flag(CommandSpec spec, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(boolean.class).arity("0").description(description).build());
    }

    private static void value(CommandSpec spec, Class<?> type, String label, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(type).paramLabel(label).description(description).build());
    }

    private static void repeated(CommandSpec spec, String label, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).arity("1")
                .paramLabel(label).description(description).build());
    }

    int verbosity() {
        return verbosity;
    }

    /** {@code jplay jobs [PATTERN]}: list (or clean up) the async job files on the hosts. */
    boolean jobs() {
        return !positional.isEmpty() && positional.get(0).equals("jobs")
                && !java.nio.file.Files.exists(java.nio.file.Path.of("jobs"));
    }

    /**
     * Ad-hoc mode: a module, its arguments or {@code -B} given; or {@code ansible PATTERN --list-hosts}, one
     * argument that names no file and does not look like a playbook (a missing {@code x.yml} stays a playbook).
     */
    boolean adHoc() {
        return module != null || moduleArgs != null || background != null || listHosts && positional.size() == 1
                && !positional.get(0).matches("(?s).*\\.ya?ml")
                && !java.nio.file.Files.exists(java.nio.file.Path.of(positional.get(0)));
    }
}
