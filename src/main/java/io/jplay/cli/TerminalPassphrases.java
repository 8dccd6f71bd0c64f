package io.jplay.cli;

import io.jplay.connection.ssh.PassphraseProvider;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Asks on the terminal for the passphrase of an encrypted private key, OpenSSH's way
 * ({@code Enter passphrase for key '<path>': }), once per key for the whole run: workers that need the
 * same key wait for the first answer, and prompts never overlap. An empty answer (or no terminal)
 * skips the key, as OpenSSH does.
 */
final class TerminalPassphrases implements PassphraseProvider {
    private final Terminal terminal;
    private final Map<Path, char[]> answers = new HashMap<>();

    TerminalPassphrases(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized char[] passphrase(Path keyFile) {
        Path key = keyFile.toAbsolutePath().normalize();
        if (!answers.containsKey(key)) {
            String answer = terminal.prompt("Enter passphrase for key '" + keyFile + "': ");
            answers.put(key, answer == null || answer.isEmpty() ? null : answer.toCharArray());
        }
        char[] known = answers.get(key);
        return known == null ? null : known.clone();
    }
}
