package io.jplay.cli;

import io.jplay.python.PyShlex;
import io.jplay.vault.VaultException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The files of {@code jplay vault}, as ansible-vault handles them: {@code -} is standard input or
 * output; a written file is replaced by a new one readable only by its owner (mode 0600); editing
 * happens in a private temporary file that is overwritten with zeros before it is removed.
 */
final class VaultFiles {
    private final Path cwd;
    private final InputStream stdin;
    private final OutputStream stdout;

    VaultFiles(Path cwd, InputStream stdin, OutputStream stdout) {
        this.cwd = cwd;
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /** The absolute, symlink-resolved path of {@code name} ({@code -} stays as it is). */
    String realPath(String name) {
        if (name.equals("-")) {
            return name;
        }
        Path p = cwd.resolve(name).toAbsolutePath().normalize();
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toString();
        }
    }

    /** {@code name} relative to the working directory. */
    Path resolve(String name) {
        return cwd.resolve(name);
    }

    byte[] read(String name) throws VaultException {
        try {
            return name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(cwd.resolve(name));
        } catch (IOException e) {
            throw new VaultException("Unable to read source file (" + name + "): " + describe(e));
        }
    }

    void write(byte[] data, String name) throws VaultException {
        if (name.equals("-")) {
            try {
                stdout.write(data);
                stdout.flush();
            } catch (IOException e) {
                throw new VaultException("Unable to write to standard output: " + describe(e));
            }
            return;
        }
        Path file = cwd.resolve(name);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new VaultException("Problem creating temporary vault file: " + describe(e));
        }
        try {
            Files.write(file, data, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new VaultException("Unable to write to temporary vault file: " + describe(e));
        }
    }

    /**
     * Lets the user edit {@code content} with {@code $EDITOR} (default {@code vi}) and returns what
     * the file holds afterwards.
     */
    byte[] edit(byte[] content, String suffix, String editor) throws VaultException {
        Path tmp;
        try {
            tmp = Files.createTempFile("jplay-vault", suffix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, content);
        } catch (IOException e) {
            throw new VaultException("Problem creating temporary vault file: " + describe(e));
        }
        List<String> command;
        try {
            command = new ArrayList<>(PyShlex.split(editor));
        } catch (PyShlex.SplitError e) {
            shred(tmp);
            throw new VaultException("Unable to execute the command \"" + editor + "\": " + e.getMessage());
        }
        command.add(tmp.toString());
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
            return Files.readAllBytes(tmp);
        } catch (IOException e) {
            throw new VaultException("Unable to execute the command \"" + String.join(" ", command) + "\": "
                    + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaultException("Interrupted while editing " + tmp);
        } finally {
            shred(tmp);
        }
    }

    private static void shred(Path file) {
        try {
            long size = Files.size(file);
            byte[] zeros = new byte[(int) Math.min(size, Integer.MAX_VALUE)];
            Arrays.fill(zeros, (byte) 0);
            Files.write(file, zeros, StandardOpenOption.TRUNCATE_EXISTING);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().delete();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "[Errno 2] No such file or directory: '" + n.getFile() + "'";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
