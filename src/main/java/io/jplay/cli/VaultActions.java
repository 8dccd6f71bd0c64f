package io.jplay.cli;

import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecret;
import io.jplay.vault.VaultSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What each {@code jplay vault} action does to its files, with ansible-vault's messages. */
final class VaultActions {
    private final VaultCommand.Options o;
    private final VaultKeys.Chosen keys;
    private final VaultFiles files;
    private final Terminal terminal;
    private final Map<String, String> env;
    private final boolean readStdin;

    VaultActions(VaultCommand.Options o, VaultKeys.Chosen keys, VaultFiles files, Terminal terminal,
            Map<String, String> env, boolean readStdin) {
        this.o = o;
        this.keys = keys;
        this.files = files;
        this.terminal = terminal;
        this.env = env;
        this.readStdin = readStdin;
    }

    int run() throws CliException, VaultException {
        switch (o.action()) {
            case "encrypt" -> encrypt();
            case "decrypt" -> decrypt();
            case "view" -> view();
            case "create" -> create();
            case "edit" -> edit();
            case "rekey" -> rekey();
            default -> new VaultStrings(o, keys, files, terminal, readStdin).encryptStrings();
        }
        terminal.out().flush();
        return ExitCodes.OK;
    }

    private VaultSecrets vault() {
        return keys.decrypting();
    }

    private List<String> argsOrStdin() {
        return o.args().isEmpty() ? List.of("-") : o.args();
    }

    private void encrypt() throws VaultException {
        if (o.args().isEmpty() && terminal.console() != null) {
            status("Reading plaintext input from stdin");
        }
        for (String f : argsOrStdin()) {
            String path = files.realPath(f);
            byte[] vaulted = vault().encrypt(files.read(path), keys.encrypt()).getBytes(StandardCharsets.US_ASCII);
            files.write(vaulted, o.output() != null ? o.output() : path);
        }
        if (terminal.stdoutIsTty()) {
            status("Encryption successful");
        }
    }

    private void decrypt() throws VaultException {
        if (o.args().isEmpty() && terminal.console() != null) {
            status("Reading ciphertext input from stdin");
        }
        for (String f : argsOrStdin()) {
            String path = files.realPath(f);
            files.write(open(files.read(path), path).plaintext(), o.output() != null ? o.output() : path);
        }
        if (terminal.stdoutIsTty()) {
            status("Decryption successful");
        }
    }

    private void view() throws VaultException {
        for (String f : o.args()) {
            String text = new String(open(files.read(f), f).plaintext(), StandardCharsets.UTF_8);
            new Pager(terminal, env).show(text.endsWith("\n") ? text : text + "\n");
        }
    }

    private void create() throws CliException, VaultException {
        if (o.args().size() != 1) {
            throw new CliException("ansible-vault create can take only one filename argument", ExitCodes.OPTIONS);
        }
        String name = o.args().get(0);
        Path parent = Path.of(name).getParent();
        if (parent != null && !Files.exists(files.resolve(parent.toString()))) {
            terminal.err().println("[WARNING]: " + parent + " does not exist, creating...");
            try {
                Files.createDirectories(files.resolve(parent.toString()));
            } catch (IOException e) {
                throw new VaultException("Could not create " + parent + ": " + e.getMessage());
            }
        }
        if (Files.isRegularFile(files.resolve(name))) {
            throw new VaultException(name + " exists, please use 'edit' instead");
        }
        byte[] content = files.edit(new byte[0], suffix(name), editor());
        files.write(vault().encrypt(content, keys.encrypt()).getBytes(StandardCharsets.US_ASCII), name);
    }

    private void edit() throws VaultException {
        for (String f : o.args()) {
            String path = files.realPath(f);
            VaultSecrets.Decrypted d = open(files.read(path), path);
            byte[] edited = files.edit(d.plaintext(), suffix(path), editor());
            if (!java.util.Arrays.equals(edited, d.plaintext())) {
                VaultSecret again = new VaultSecret(d.envelopeId(), d.secret().password());
                files.write(vault().encrypt(edited, again).getBytes(StandardCharsets.US_ASCII), path);
            }
        }
    }

    private void rekey() throws VaultException {
        for (String f : o.args()) {
            String path = files.realPath(f);
            Set<PosixFilePermission> mode = permissions(path);
            VaultSecrets.Decrypted d = open(files.read(path), path);
            files.write(vault().encrypt(d.plaintext(), keys.encrypt()).getBytes(StandardCharsets.US_ASCII), path);
            if (mode != null) {
                try {
                    Files.setPosixFilePermissions(Path.of(path), mode);
                } catch (IOException e) {
                    throw new VaultException("Could not restore the mode of " + path + ": " + e.getMessage());
                }
            }
        }
        status("Rekey successful");
    }

    /** Decrypts a file's content; a failure names the file as ansible-vault does. */
    private VaultSecrets.Decrypted open(byte[] data, String name) throws VaultException {
        try {
            return vault().decrypt(new String(data, StandardCharsets.ISO_8859_1), name);
        } catch (VaultException e) {
            throw new VaultException(e.getMessage() + " for " + name, e);
        }
    }

    private static Set<PosixFilePermission> permissions(String path) {
        try {
            return Files.getPosixFilePermissions(Path.of(path));
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private String editor() {
        return env.getOrDefault("EDITOR", "vi");
    }

    private static String suffix(String name) {
        String file = Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(dot) : "";
    }

    private void status(String message) {
        terminal.err().println(message);
    }
}
