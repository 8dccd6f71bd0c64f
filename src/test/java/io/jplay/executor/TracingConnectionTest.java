package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionTarget;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.LocalConnection;
import io.jplay.output.RunListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** -vvv shows a task's connection in the shapes of Ansible's connection plugins. */
class TracingConnectionTest {

    private final List<String> lines = new ArrayList<>();
    private final Emitter emitter = event -> event.accept(new RunListener() {
        @Override
        public void verbose(int level, String message) {
            lines.add(level + " " + message);
        }
    });

    private static ConnectionTarget target(String type, String user) {
        return new ConnectionTarget("web", type, "10.0.0.5", 22, user, null, null, List.of(), false, null, null);
    }

    /** A connection that runs nothing: it tells the request's trace the command it would run. */
    private static final class Scripted implements Connection {
        @Override
        public ExecResult exec(ExecRequest request) {
            request.trace().accept("/bin/sh -c '" + request.command() + "'");
            return new ExecResult(0, new byte[0], new byte[0]);
        }

        @Override
        public void put(byte[] content, String remotePath, int mode) {
        }

        @Override
        public void fetch(String remotePath, Path localPath) {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aLocalConnectionAnnouncesItselfOnceThenShowsEachCommand() throws Exception {
        TracingConnection c = new TracingConnection(new Scripted(), target("local", "deploy"), emitter, false);
        c.exec(ExecRequest.of("echo one"));
        c.put(new byte[3], "/tmp/x", 0644);
        c.exec(ExecRequest.of("echo two"));
        String user = System.getProperty("user.name");
        assertEquals(List.of("3 <10.0.0.5> ESTABLISH LOCAL CONNECTION FOR USER: " + user,
                "3 <10.0.0.5> EXEC /bin/sh -c 'echo one'",
                "3 <10.0.0.5> PUT <3 bytes from jplay> TO /tmp/x",
                "3 <10.0.0.5> EXEC /bin/sh -c 'echo two'"), lines);
    }

    @Test
    void sshAnnouncesTheUserWithEveryCommand() throws Exception {
        TracingConnection c = new TracingConnection(new Scripted(), target("ssh", null), emitter, false);
        c.exec(ExecRequest.of("id"));
        c.fetch("/etc/hosts", Path.of("/tmp/hosts"));
        assertEquals(List.of("3 <10.0.0.5> ESTABLISH SSH CONNECTION FOR USER: None",
                "3 <10.0.0.5> SSH: EXEC /bin/sh -c 'id'",
                "3 <10.0.0.5> FETCH /etc/hosts TO /tmp/hosts"), lines);
    }

    @Test
    void theLocalCommandShownIsTheOneRunBecomeApplied() throws Exception {
        TracingConnection c = new TracingConnection(new LocalConnection("/bin/sh"), target("local", null), emitter, false);
        Become sudo = new Become("sudo", "nobody", "", null);
        c.exec(new ExecRequest("true", null, java.util.Map.of(), sudo));
        assertEquals("3 <10.0.0.5> EXEC /bin/sh -c 'sudo -H -S -n -u nobody /bin/sh -c true'", lines.get(1));
    }

    @Test
    void aNoLogTasksCommandIsNotShown() throws Exception {
        TracingConnection c = new TracingConnection(new Scripted(), target("ssh", "deploy"), emitter, true);
        c.exec(ExecRequest.of("echo S3CR3T"));
        assertEquals(List.of("3 <10.0.0.5> ESTABLISH SSH CONNECTION FOR USER: deploy",
                "3 <10.0.0.5> SSH: EXEC (the command of a no_log task is not shown)"), lines);
    }

    @Test
    void aWatchedConnectionIsTheWatchedOneForWhatIsKeptPerConnection() {
        Scripted watched = new Scripted();
        TracingConnection c = new TracingConnection(watched, target("ssh", null), emitter, false);
        assertEquals(watched, c.identity());
        assertEquals(watched.streamCapacity(), c.streamCapacity());
    }

    @Test
    void aModuleRunnersCommandIsShownWhenItStarts() throws Exception {
        LocalConnection local = new LocalConnection("/bin/sh");
        TracingConnection c = new TracingConnection(local, target("local", null), emitter, false);
        c.open(ExecRequest.of("cat")).orElseThrow().close();
        assertEquals("3 <10.0.0.5> EXEC /bin/sh -c cat", lines.get(1));
        local.close();
    }
}
