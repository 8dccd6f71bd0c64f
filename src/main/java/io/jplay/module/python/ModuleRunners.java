package io.jplay.module.python;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecResult;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The run's resident {@link ModuleRunner}s: one per connection, become and interpreter in use at a
 * time (one per host as tasks of a host run one after another; more when several tasks share a
 * connection at once, as {@code delegate_to} can). A runner that cannot start makes its key use the
 * one-exec path for the rest of the run; a runner that ends before it started a module is replaced
 * once, then that task takes the one-exec path too. Runners end with their connection. Thread-safe.
 *
 * <p>A connection has at most {@link #MAX_PER_CONNECTION} runners, and fewer when its
 * {@link Connection#streamCapacity()} says so (each runner holds an SSH channel for good, and the
 * commands of other tasks need channels too; hosts that are aliases of one target share one
 * connection). A task that finds them all busy takes the one-exec path.
 */
final class ModuleRunners {
    /** Variables that change how Python itself starts: a runner started earlier would not honour them. */
    private static final Pattern PYTHON_START = Pattern.compile("PYTHON.*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** How many runners one connection may have at most (each is a resident Python process). */
    static final int MAX_PER_CONNECTION = 32;

    private record Key(Connection connection, Become become, String interpreter) {
    }

    private final boolean enabled;
    private final Duration startLimit;
    private final Map<Key, Deque<ModuleRunner>> idle = new ConcurrentHashMap<>();
    private final Set<Key> unusable = ConcurrentHashMap.newKeySet();
    private final Map<Connection, AtomicInteger> live = new ConcurrentHashMap<>();
    private final AtomicInteger starts = new AtomicInteger();
    private final AtomicInteger zipsSent = new AtomicInteger();

    /**
     * @param enabled {@code [jplay] module_runner}; when off every module takes the one-exec path
     * @param startLimit how long a runner may take to come up
     */
    ModuleRunners(boolean enabled, Duration startLimit) {
        this.enabled = enabled;
        this.startLimit = startLimit;
    }

    /**
     * Runs a module in a runner. Empty when it should run the one-exec way instead (runners are off,
     * the environment needs a fresh Python, the connection cannot stream, no runner works).
     *
     * @throws ModuleRunner.Failure when the runner ended while the module ran (it may have run)
     */
    Optional<ExecResult> run(Connection connection, Become become, String interpreter, RunnerRequest request)
            throws ConnectionException, ModuleRunner.Failure, InterruptedException {
        Key key = new Key(connection.identity(), become, interpreter);
        if (!enabled || unusable.contains(key) || !suitable(request.environment())) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<ModuleRunner> runner = idleRunner(key);
            if (runner.isEmpty()) {
                if (!reserve(connection)) {
                    return Optional.empty();
                }
                runner = start(key, connection);
            }
            if (runner.isEmpty()) {
                unusable.add(key);
                return Optional.empty();
            }
            try {
                return Optional.of(runner.get().run(request));
            } catch (ModuleRunner.Failure e) {
                if (e.moduleStarted()) {
                    throw e;
                }
            } finally {
                if (runner.get().alive()) {
                    idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).push(runner.get());
                } else {
                    release(connection);
                }
            }
        }
        return Optional.empty();
    }

    /** How many runners this run has started (one per host and user when all goes well). */
    int starts() {
        return starts.get();
    }

    /** How many zips this run has sent to runners (one per module and runner when all goes well). */
    int zipsSent() {
        return zipsSent.get();
    }

    private static boolean suitable(Map<String, String> environment) {
        return environment.keySet().stream().allMatch(k -> NAME.matcher(k).matches() && !PYTHON_START.matcher(k).matches());
    }

    private Optional<ModuleRunner> idleRunner(Key key) {
        Deque<ModuleRunner> runners = idle.get(key);
        for (ModuleRunner r = runners == null ? null : runners.poll(); r != null; r = runners.poll()) {
            if (r.alive()) {
                return Optional.of(r);
            }
            r.close();
            release(key.connection());
        }
        return Optional.empty();
    }

    /** Counts one more runner on {@code connection}; false when it has its maximum already. */
    private boolean reserve(Connection connection) {
        AtomicInteger count = live.computeIfAbsent(connection.identity(), c -> new AtomicInteger());
        if (count.incrementAndGet() > Math.min(MAX_PER_CONNECTION, connection.streamCapacity())) {
            count.decrementAndGet();
            return false;
        }
        return true;
    }

    private void release(Connection connection) {
        live.get(connection.identity()).decrementAndGet();
    }

    /** Starts a runner for a reserved place; the place is given back when none starts. */
    /** Starts a runner through {@code connection} (the task's, so a -vvv trace shows its command) for {@code key}. */
    private Optional<ModuleRunner> start(Key key, Connection connection) throws ConnectionException, InterruptedException {
        starts.incrementAndGet();
        Optional<ModuleRunner> runner = Optional.empty();
        try {
            runner = ModuleRunner.start(connection, key.become(), key.interpreter(), startLimit, zipsSent);
            return runner;
        } catch (ModuleRunner.Failure e) {
            return Optional.empty();
        } finally {
            if (runner.isEmpty()) {
                release(key.connection());
            }
        }
    }
}
