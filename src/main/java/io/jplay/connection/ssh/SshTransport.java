package io.jplay.connection.ssh;

import java.io.IOException;
import java.util.List;
import net.schmizz.sshj.SSHClient;

/** One authenticated SSH connection, with the jump-host connections it was tunnelled through. */
final class SshTransport implements AutoCloseable {
    private final SSHClient client;
    private final List<SshTransport> jumps;

    SshTransport(SSHClient client, List<SshTransport> jumps) {
        this.client = client;
        this.jumps = List.copyOf(jumps);
    }

    SSHClient client() {
        return client;
    }

    boolean isAlive() {
        return client.isConnected() && client.isAuthenticated();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // already broken: nothing left to release
        }
        jumps.forEach(SshTransport::close);
    }
}
