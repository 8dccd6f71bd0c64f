package io.jplay.connection.ssh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;

/**
 * The commands running on the session channels of one connection, so that an interrupted run can
 * end them on the target. A {@code signal} channel request makes OpenSSH's sshd (7.9 and later)
 * signal the session's whole process group ({@code killpg}): sshd starts every command in a session
 * of its own, so the command and everything it started end, and nothing else. sshd refuses that
 * request for a {@code root} login (and older sshds know no signal requests), so the same signal
 * also goes to the process group of each command's reported pid ({@link PidReport}) through a
 * second channel on the same connection. Async jobs are not concerned: their launcher has returned
 * and the job runs in a session of its own.
 */
final class RunningCommands {
    /** How long the second channel's kill script may take. */
    private static final Duration KILL_SCRIPT_LIMIT = Duration.ofSeconds(5);

    private record Running(SSHClient client, PidReport pidReport) {
    }

    private final Map<Session.Command, Running> commands = new ConcurrentHashMap<>();

    /** @param pidReport where the command's pid arrives, or {@code null} when it reports none */
    void add(Session.Command command, SSHClient client, PidReport pidReport) {
        commands.put(command, new Running(client, pidReport));
    }

    void remove(Session.Command command) {
        commands.remove(command);
    }

    /** Sends {@code signal} to every running command; a channel that is already closing is skipped. */
    int signalAll(Signal signal) {
        int sent = 0;
        Map<SSHClient, List<Long>> pids = new LinkedHashMap<>();
        for (Map.Entry<Session.Command, Running> e : List.copyOf(commands.entrySet())) {
            Session.Command command = e.getKey();
            try {
                if (command.isOpen()) {
                    command.signal(signal);
                    sent++;
                    PidReport report = e.getValue().pidReport();
                    if (report != null && report.pid() > 1) {
                        pids.computeIfAbsent(e.getValue().client(), c -> new ArrayList<>()).add(report.pid());
                    }
                }
            } catch (java.io.IOException | RuntimeException ex) {
                // the channel or its connection is gone: nothing left to stop there
            }
        }
        pids.forEach((client, list) -> killGroups(client, list, signal));
        return sent;
    }

    /** Runs the kill script for {@code pids} on a channel of its own; a connection that refuses one is left. */
    private static void killGroups(SSHClient client, List<Long> pids, Signal signal) {
        try (Session session = client.startSession()) {
            Session.Command kill = session.exec(PidReport.killScript(pids, signal.name()));
            kill.join(KILL_SCRIPT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.io.IOException | RuntimeException e) {
            // no channel to be had (the connection is gone or at MaxSessions): the signal request stays
        }
    }

    /** Waits until every command has ended (its channel closed) or {@code limit} has passed. */
    boolean awaitNone(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Session.Command command : List.copyOf(commands.keySet())) {
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
