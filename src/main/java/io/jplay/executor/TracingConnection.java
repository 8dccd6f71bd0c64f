package io.jplay.executor;

import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A task's connection as {@code -vvv} shows it, in the shapes of Ansible's connection plugins:
 * {@code <addr> ESTABLISH LOCAL CONNECTION FOR USER: u} once, then {@code <addr> EXEC <command>} for a
 * local target; {@code <addr> ESTABLISH SSH CONNECTION FOR USER: u} and {@code <addr> SSH: EXEC <command>}
 * for every command over SSH; {@code PUT} and {@code FETCH} for files. The command shown is the shell
 * command line jplay runs (become applied): over SSH it is what the SSH session executes, as jplay runs
 * no {@code ssh} program.
 */
final class TracingConnection implements Connection {

    private final Connection connection;
    private final ConnectionTarget target;
    private final Emitter emitter;
    private final boolean noLog;
    private boolean established;

    /** @param noLog the task is {@code no_log}: its commands (which may hold its secrets) are not shown */
    TracingConnection(Connection connection, ConnectionTarget target, Emitter emitter, boolean noLog) {
        this.connection = connection;
        this.target = target;
        this.emitter = emitter;
        this.noLog = noLog;
    }

    @Override
    public ExecResult exec(ExecRequest request) throws ConnectionException {
        establishLocal();
        return connection.exec(request.tracedBy(this::showExec));
    }

    /** A module runner's long-lived command, shown as any other when it starts. */
    @Override
    public java.util.Optional<io.jplay.connection.ExecStream> open(ExecRequest request) throws ConnectionException {
        establishLocal();
        return connection.open(request.tracedBy(this::showExec));
    }

    @Override
    public int streamCapacity() {
        return connection.streamCapacity();
    }

    @Override
    public Connection identity() {
        return connection.identity();
    }

    private void showExec(String command) {
        boolean ssh = !local();
        if (ssh) {
            show("ESTABLISH SSH CONNECTION FOR USER: " + (target.user() == null ? "None" : target.user()));
        }
        // jplay's native modules carry their arguments in the command line, where Ansible's are in the
        // AnsiballZ file it runs: a no_log task's command may hold its secrets
        show((ssh ? "SSH: EXEC " : "EXEC ") + (noLog ? "(the command of a no_log task is not shown)" : command));
    }

    @Override
    public void put(byte[] content, String remotePath, int mode) throws ConnectionException {
        establishLocal();
        show("PUT <" + content.length + " bytes from jplay> TO " + remotePath);
        connection.put(content, remotePath, mode);
    }

    @Override
    public void fetch(String remotePath, Path localPath) throws ConnectionException {
        establishLocal();
        show("FETCH " + remotePath + " TO " + localPath);
        connection.fetch(remotePath, localPath);
    }

    @Override
    public int signalRunning(boolean force) {
        return connection.signalRunning(force);
    }

    @Override
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        return connection.awaitIdle(limit);
    }

    @Override
    public void reset() {
        connection.reset();
    }

    @Override
    public void close() {
        connection.close();
    }

    private boolean local() {
        return "local".equals(target.type());
    }

    /** Ansible's local connection announces itself once, as the controller's user whatever remote_user says. */
    private void establishLocal() {
        if (local() && !established) {
            established = true;
            show("ESTABLISH LOCAL CONNECTION FOR USER: " + System.getProperty("user.name"));
        }
    }

    private void show(String line) {
        String message = "<" + target.address() + "> " + line;
        emitter.emit(l -> l.verbose(3, message));
    }
}
