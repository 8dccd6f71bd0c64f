package io.jplay.connection.ssh;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.Config;
import net.schmizz.sshj.DefaultConfig;

/**
 * The run's sshj configuration, built once and shared by every SSH connection. The first
 * {@link DefaultConfig} costs 0.3 s (BouncyCastle registration and a trial of every cipher), each
 * further one 5–30 ms: one per host would cost a second of CPU on 200 hosts. {@link #warmUp()}
 * starts building it on a background thread while the playbook and inventory are parsed, so that
 * its cost no longer delays the first connection. Its random source is synchronized, so sharing
 * it between connections is safe.
 */
public final class SshClientConfig {
    private final FutureTask<Config> build = new FutureTask<>(SshClientConfig::build);
    private final AtomicBoolean started = new AtomicBoolean();

    /** Starts building the configuration on a daemon thread (once). */
    public void warmUp() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(build, "jplay-ssh-warmup");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The configuration: built on this thread if nobody started it, else waited for. */
    Config get() {
        build.run(); // does nothing when it is running or done
        try {
            return build.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the SSH configuration", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot build the SSH configuration: " + e.getCause(), e.getCause());
        }
    }

    private static Config build() {
        DefaultConfig config = new DefaultConfig();
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        return config;
    }
}
