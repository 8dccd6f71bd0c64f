package io.jplay.connection.ssh;

import net.schmizz.sshj.DefaultConfig;

/**
 * Builds sshj's first {@link DefaultConfig} on a background thread. The first one costs 0.3 s
 * (BouncyCastle registration and a trial of every cipher), later ones 10–30 ms; started while the
 * playbook and inventory are parsed, that cost no longer delays the first connection.
 */
public final class SshWarmup {
    private SshWarmup() {
    }

    public static void start() {
        Thread t = new Thread(DefaultConfig::new, "jplay-ssh-warmup");
        t.setDaemon(true);
        t.start();
    }
}
