package io.jplay.connection.ssh;

import java.nio.file.Path;

/**
 * Supplies the passphrase of an encrypted private key. The CLI prompts on the terminal; tests return
 * a fixed value. Called at most once per key file and connection attempt, from a worker thread;
 * implementations that prompt must serialise prompts themselves.
 */
@FunctionalInterface
public interface PassphraseProvider {

    /** A provider that knows no passphrase: encrypted keys are skipped. */
    PassphraseProvider NONE = keyFile -> null;

    /**
     * @param keyFile the encrypted key
     * @return the passphrase, or {@code null} to skip this key
     */
    char[] passphrase(Path keyFile);
}
