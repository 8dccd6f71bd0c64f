package io.jplay.cli;

import io.jplay.vault.VaultException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jplay vault encrypt_string}: encrypts strings from the arguments (named with
 * {@code -n}), standard input ({@code --stdin-name}) or a prompt ({@code -p}) and prints each as
 * a YAML {@code !vault |} block, as ansible-vault does.
 */
final class VaultStrings {
    private static final String FROM_STDIN = "stdin";
    private static final String FROM_ARGS = "the command line args";
    private static final String FROM_PROMPT = "the interactive prompt";
    private static final int INDENT = 10;

    private final VaultCommand.Options o;
    private final VaultKeys.Chosen keys;
    private final VaultFiles files;
    private final Terminal terminal;
    private final boolean readStdin;

    /** One string to encrypt: its bytes, where it came from and its variable name (or null). */
    private record Item(byte[] plaintext, String source, String name) {
    }

    VaultStrings(VaultCommand.Options o, VaultKeys.Chosen keys, VaultFiles files, Terminal terminal, boolean readStdin) {
        this.o = o;
        this.keys = keys;
        this.files = files;
        this.terminal = terminal;
        this.readStdin = readStdin;
    }

    void encryptStrings() throws CliException, VaultException {
        List<Item> items = new ArrayList<>();
        if (o.prompt()) {
            items.add(prompted());
        }
        if (readStdin) {
            items.add(fromStdin());
        }
        items.addAll(fromArgs());
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String vaulted = keys.decrypting().encrypt(item.plaintext(), keys.encrypt());
            if (items.size() > 1) {
                terminal.err().print(item.name() != null
                        ? "# The encrypted version of variable (\"" + item.name() + "\", the string #" + (i + 1)
                                + " from " + item.source() + ").\n"
                        : "# The encrypted version of the string #" + (i + 1) + " from " + item.source() + ".)\n");
            }
            outputs.add(yaml(vaulted, item.name()));
        }
        files.write(String.join("\n", outputs).getBytes(StandardCharsets.UTF_8), o.output() != null ? o.output() : "-");
        if (terminal.stdoutIsTty()) {
            terminal.err().println("Encryption successful");
        }
    }

    /** The vault text as a YAML block scalar, under the variable name when there is one. */
    static String yaml(String vaulted, String name) {
        StringBuilder out = new StringBuilder(name != null ? name + ": " : "").append("!vault |");
        for (String line : vaulted.split("\n")) {
            out.append('\n').append(" ".repeat(INDENT)).append(line);
        }
        return out.toString();
    }

    private Item prompted() throws CliException {
        String name = ask("Variable name (enter for no name): ", false);
        String text = ask(o.showInput() ? "String to encrypt:" : "String to encrypt (hidden): ", !o.showInput());
        if (text == null || text.isEmpty()) {
            throw new CliException("The plaintext provided from the prompt was empty, not encrypting", ExitCodes.OPTIONS);
        }
        return new Item(text.getBytes(StandardCharsets.UTF_8), FROM_PROMPT, name == null || name.isEmpty() ? null : name);
    }

    private String ask(String text, boolean hidden) {
        if (hidden && terminal.canPrompt()) {
            return terminal.prompt(text);
        }
        terminal.err().print(text);
        terminal.err().flush();
        return terminal.readLine();
    }

    private Item fromStdin() throws CliException {
        if (terminal.stdoutIsTty()) {
            terminal.err().println("Reading plaintext input from stdin. (ctrl-d to end input, twice if your content "
                    + "does not already have a newline)");
        }
        byte[] data;
        try {
            data = System.in.readAllBytes();
        } catch (IOException e) {
            throw new CliException("Could not read standard input: " + e.getMessage(), ExitCodes.ERROR);
        }
        if (data.length == 0) {
            throw new CliException("stdin was empty, not encrypting", ExitCodes.OPTIONS);
        }
        return new Item(data, FROM_STDIN, o.stdinName());
    }

    private List<Item> fromArgs() throws CliException {
        List<String> args = o.args().stream().filter(a -> !a.equals("-")).toList();
        List<String> names = o.names();
        if (!names.isEmpty() && args.size() > names.size()) {
            terminal.err().println("The number of --name options do not match the number of args.");
            terminal.err().println("The last named variable will be \"" + names.get(names.size() - 1)
                    + "\". The rest will not have names.");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).isEmpty()) {
                throw new CliException("The plaintext provided from the command line args was empty, not encrypting",
                        ExitCodes.OPTIONS);
            }
            items.add(new Item(args.get(i).getBytes(StandardCharsets.UTF_8), FROM_ARGS,
                    i < names.size() ? names.get(i) : null));
        }
        return items;
    }
}
