package io.jplay.connection.ssh;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.connection.ConnectionException;
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
    boolean awaitNone(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Session.Command command : List.copyOf(commands)) {
            long left = deadline - System.nanoTime();
            if (command.isOpen() && left <= 0) {
                return false;
            }
            try {
                // sshj wakes join() when the channel closes: no polling
                command.join(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (ConnectionException e) {
                if (command.isOpen()) {
                    return false;
                }
            }
        }
        return true;
    }
}
