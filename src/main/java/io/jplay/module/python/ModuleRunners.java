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
 */
final class ModuleRunners {
    /** Variables that change how Python itself starts: a runner started earlier would not honour them. */
    private static final Pattern PYTHON_START = Pattern.compile("PYTHON.*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private record Key(Connection connection, Become become, String interpreter) {
    }

    private final boolean enabled;
    private final Duration startLimit;
    private final Map<Key, Deque<ModuleRunner>> idle = new ConcurrentHashMap<>();
    private final Set<Key> unusable = ConcurrentHashMap.newKeySet();
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
        Key key = new Key(connection, become, interpreter);
        if (!enabled || unusable.contains(key) || !suitable(request.environment())) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<ModuleRunner> runner = idleRunner(key);
            if (runner.isEmpty()) {
                runner = start(key);
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
        }
        return Optional.empty();
    }

    private Optional<ModuleRunner> start(Key key) throws ConnectionException, InterruptedException {
        starts.incrementAndGet();
        try {
            return ModuleRunner.start(key.connection(), key.become(), key.interpreter(), startLimit, zipsSent);
        } catch (ModuleRunner.Failure e) {
            return Optional.empty();
        }
    }
}
