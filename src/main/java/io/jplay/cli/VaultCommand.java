package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.ConfigLoader;
import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecret;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code jplay vault ACTION [options] [args]}: ansible-vault's actions ({@code create, decrypt,
 * edit, view, encrypt, encrypt_string, rekey}) with its options, secrets, messages and exit codes
 * (2 for a bad command line, 5 for unusable options, 1 for other errors).
 */
final class VaultCommand {
    static final List<String> ACTIONS = List.of("create", "decrypt", "edit", "view", "encrypt", "encrypt_string",
            "rekey");
    private static final Set<String> WITH_OUTPUT = Set.of("decrypt", "encrypt", "encrypt_string");
    private static final Set<String> WITH_ENCRYPT_ID = Set.of("create", "edit", "encrypt", "encrypt_string", "rekey");

    private final Map<String, String> env;
    private final Path cwd;
    private final Path home;
    private final Terminal terminal;

    VaultCommand(Map<String, String> env, Path cwd, Path home, Terminal terminal) {
        this.env = env;
        this.cwd = cwd;
        this.home = home;
        this.terminal = terminal;
    }

    /** {@code jplay vault --help}: the actions, as ansible-vault's parser lists its sub-commands. */
    private static String actionsHelp() {
        String choices = "{" + String.join(",", ACTIONS) + "}";
        List<String> about = List.of("Create a new encrypted file", "Decrypt an encrypted file",
                "Edit an encrypted file", "Show an encrypted file", "Encrypt a file", "Encrypt a string",
                "Change the password of encrypted files");
        StringBuilder out = new StringBuilder("usage: jplay vault [-h] " + choices + " ...\n\n")
                .append("Encrypts and decrypts Ansible vault data.\n\npositional arguments:\n  ").append(choices)
                .append('\n');
        for (int i = 0; i < ACTIONS.size(); i++) {
            out.append(String.format("    %-20s%s\n", ACTIONS.get(i), about.get(i)));
        }
        return out.append("\noptions:\n  -h, --help            show this help message and exit\n\n")
                .append("See 'jplay vault <command> --help' for more information on a specific command.\n").toString();
    }

    /** The parsed command line of one action. */
    record Options(String action, List<String> args, List<String> vaultIds, List<String> passwordFiles,
            boolean askVaultPass, String output, String encryptVaultId, boolean prompt, boolean showInput,
            List<String> names, String stdinName, String newPasswordFile, String newVaultId) {
    }

    int execute(List<String> args) {
        if (!args.isEmpty() && (args.get(0).equals("-h") || args.get(0).equals("--help"))) {
            terminal.out().print(actionsHelp());
            terminal.out().flush();
            return ExitCodes.OK;
        }
        if (args.isEmpty() || !ACTIONS.contains(args.get(0))) {
            terminal.err().println("usage: jplay vault [-h] {" + String.join(",", ACTIONS) + "} ...");
            terminal.err().println("jplay vault: error: " + (args.isEmpty()
                    ? "the following arguments are required: action"
                    : "argument action: invalid choice: '" + args.get(0) + "' (choose from '"
                            + String.join("', '", ACTIONS) + "')"));
            return ExitCodes.USAGE;
        }
        String action = args.get(0);
        CommandLine cli = new CommandLine(spec(action));
        Options options;
        try {
            ParseResult parsed = cli.parseArgs(args.subList(1, args.size()).toArray(String[]::new));
            if (parsed.isUsageHelpRequested()) {
                cli.usage(terminal.out(), CommandLine.Help.Ansi.OFF);
                terminal.out().flush();
                return ExitCodes.OK;
            }
            options = options(action, parsed);
        } catch (CommandLine.ParameterException e) {
            cli.usage(terminal.err(), CommandLine.Help.Ansi.OFF);
            terminal.err().println("jplay vault " + action + ": error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            AnsibleConfig config = new ConfigLoader(env, cwd, home).load();
            return run(config, options);
        } catch (io.jplay.config.ConfigException e) {
            return Jplay.configError(terminal, e);
        } catch (CliException e) {
            terminal.out().flush();
            terminal.err().println("ERROR! " + e.getMessage());
            return e.exitCode();
        } catch (VaultException e) {
            terminal.out().flush();
            terminal.err().println("ERROR! " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    private int run(AnsibleConfig config, Options o) throws CliException, VaultException {
        for (String id : o.vaultIds()) {
            if (id.contains(";")) {
                throw new CliException("'" + id + "' is not a valid vault id. The character ';' is not allowed in vault ids",
                        ExitCodes.OPTIONS);
            }
        }
        if (o.output() != null && o.args().size() > 1) {
            throw new CliException("At most one input file may be used with the --output option", ExitCodes.OPTIONS);
        }
        boolean readStdin = o.action().equals("encrypt_string")
                && (o.args().contains("-") || o.args().isEmpty() || o.stdinName() != null);
        if (o.prompt() && readStdin) {
            throw new CliException("The --prompt option is not supported if also reading input from stdin",
                    ExitCodes.OPTIONS);
        }
        VaultKeys keys = new VaultKeys(config, new VaultSetup(config, terminal, cwd, home), this::warn);
        VaultKeys.Chosen chosen = keys.choose(o);
        VaultFiles files = new VaultFiles(cwd, System.in, terminal.out());
        return new VaultActions(o, chosen, files, terminal, env, readStdin).run();
    }

    private void warn(String message) {
        terminal.err().println("[WARNING]: " + message);
    }

    private static Options options(String action, ParseResult p) {
        boolean strings = action.equals("encrypt_string");
        boolean rekey = action.equals("rekey");
        return new Options(action, p.matchedPositionalValue(0, List.of()), p.matchedOptionValue("--vault-id", List.of()),
                p.matchedOptionValue("--vault-password-file", List.of()), p.hasMatchedOption("--ask-vault-password"),
                WITH_OUTPUT.contains(action) ? p.matchedOptionValue("--output", null) : null,
                WITH_ENCRYPT_ID.contains(action) ? p.matchedOptionValue("--encrypt-vault-id", null) : null,
                strings && p.hasMatchedOption("--prompt"), strings && p.hasMatchedOption("--show-input"),
                strings ? p.matchedOptionValue("--name", List.of()) : List.of(),
                strings ? p.matchedOptionValue("--stdin-name", null) : null,
                rekey ? p.matchedOptionValue("--new-vault-password-file", null) : null,
                rekey ? p.matchedOptionValue("--new-vault-id", null) : null);
    }

    private static CommandSpec spec(String action) {
        CommandSpec spec = CommandSpec.create().name("jplay vault " + action);
        spec.usageMessage().sortOptions(false).autoWidth(true);
        spec.parser().posixClusteredShortOptionsAllowed(true).overwrittenOptionsAllowed(true);
        spec.addPositional(PositionalParamSpec.builder().paramLabel(action.equals("encrypt_string")
                ? "string_to_encrypt" : "file_name").arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .description(action.equals("encrypt_string") ? "String to encrypt" : "Filename").build());
        repeated(spec, "VAULT_IDS", "the vault identity to use", "--vault-id");
        flag(spec, "ask for vault password", "--ask-vault-password", "--ask-vault-pass");
        repeated(spec, "VAULT_PASSWORD_FILES", "vault password file", "--vault-password-file", "--vault-pass-file");
        spec.addOption(OptionSpec.builder("-v", "--verbose").type(boolean[].class).arity("0")
                .description("Causes Ansible to print more debug messages.").build());
        if (WITH_OUTPUT.contains(action)) {
            value(spec, "OUTPUT_FILE", "output file name for encrypt or decrypt; use - for stdout", "--output");
        }
        if (WITH_ENCRYPT_ID.contains(action)) {
            value(spec, "ENCRYPT_VAULT_ID", "the vault id used to encrypt (required if more than one vault-id is "
                    + "provided)", "--encrypt-vault-id");
        }
        if (action.equals("encrypt_string")) {
            flag(spec, "Prompt for the string to encrypt", "-p", "--prompt");
            flag(spec, "Do not hide input when prompted for the string to encrypt", "--show-input");
            repeated(spec, "ENCRYPT_STRING_NAMES", "Specify the variable name", "-n", "--name");
            value(spec, "ENCRYPT_STRING_STDIN_NAME", "Specify the variable name for stdin", "--stdin-name");
        }
        if (action.equals("rekey")) {
            value(spec, "NEW_VAULT_PASSWORD_FILE", "new vault password file for rekey", "--new-vault-password-file");
            value(spec, "NEW_VAULT_ID", "the new vault identity to use for rekey", "--new-vault-id");
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help message and exit")
                .build());
        return spec;
    }

    private static void flag(CommandSpec spec, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(boolean.class).arity("0").description(description).build());
    }

    private static void value(CommandSpec spec, String label, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(String.class).paramLabel(label).description(description).build());
    }

    private static void repeated(CommandSpec spec, String label, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).arity("1")
                .paramLabel(label).description(description).build());
    }

    /** Used by {@link VaultKeys}: the secret's vault ids as Python prints a list of them. */
    static String idList(List<VaultSecret> secrets) {
        List<String> quoted = new ArrayList<>();
        secrets.forEach(s -> quoted.add("'" + s.vaultId() + "'"));
        return "[" + String.join(", ", quoted) + "]";
    }
}
