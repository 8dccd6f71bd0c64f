package io.jplay.connection.ssh;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;

/**
 * The commands running on the session channels of one connection, so that an interrupted run can
 * end them on the target. A {@code signal} channel request makes OpenSSH's sshd (7.9 and later)
 * signal the session's whole process group ({@code killpg}): sshd starts every command in a session
 * of its own, so the command and everything it started end, and nothing else. Async jobs are not
 * concerned: their launcher has returned and the job runs in a session of its own.
 */
final class RunningCommands {
    private final Set<Session.Command> commands = ConcurrentHashMap.newKeySet();

    void add(Session.Command command) {
        commands.add(command);
    }

    void remove(Session.Command command) {
        commands.remove(command);
    }

    /** Sends {@code signal} to every running command; a channel that is already closing is skipped. */
    int signalAll(Signal signal) {
        int sent = 0;
        for (Session.Command command : List.copyOf(commands)) {
            try {
                if (command.isOpen()) {
                    command.signal(signal);
                    sent++;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // the channel or its connection is gone: nothing left to stop there
            }
        }
        return sent;
    }

    /** Waits until every command has ended (its channel closed) or {@code limit} has passed. */
    boolean awaitNone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (commands.stream().anyMatch(Session.Command::isOpen)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
