package io.jplay.module.builtin;

import io.jplay.clock.Sleeper;
import io.jplay.connection.ConnectionException;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyInt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code wait_for_connection}, Ansible's action plugin: after {@code delay} seconds, resets the
 * connection and runs {@code ansible.legacy.ping} every {@code sleep} seconds until it answers
 * {@code pong} or {@code timeout} seconds have passed. The result is {@code elapsed} (whole seconds).
 */
public final class WaitForConnectionModule implements Module {
    private static final Set<String> VALID = Set.of("connect_timeout", "delay", "sleep", "timeout");
    private static final long DEFAULT_DELAY = 0;
    private static final long DEFAULT_SLEEP = 1;
    private static final long DEFAULT_TIMEOUT = 600;

    private final Sleeper sleeper;
    private final Clock clock;

    public WaitForConnectionModule() {
        this(Sleeper.system(), Clock.systemUTC());
    }

    /**
     * @param sleeper how the action waits for {@code delay} and between attempts
     * @param clock what the deadline and {@code elapsed} are measured with
     */
    public WaitForConnectionModule(Sleeper sleeper, Clock clock) {
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "wait_for_connection";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> args = ctx.args();
        long delay = seconds(args, "delay", DEFAULT_DELAY);
        long sleep = seconds(args, "sleep", DEFAULT_SLEEP);
        long timeout = seconds(args, "timeout", DEFAULT_TIMEOUT);
        seconds(args, "connect_timeout", 5);
        Map<String, Object> result = new LinkedHashMap<>();
        if (ctx.checkMode()) {
            result.put("skipped", true);
            return result;
        }
        try {
            ActionArgs.requireValid(ctx.action().isEmpty() ? name() : ctx.action(), args, VALID);
        } catch (ModuleException e) {
            throw new ModuleException(e.getMessage(), Map.of("exception", "NoneType: None\n"));
        }
        Module ping = ctx.actions().find("ansible.legacy.ping")
                .orElseThrow(() -> new ModuleException("couldn't resolve module/action 'ansible.legacy.ping'"));
        Instant start = clock.instant();
        pause(delay);
        String error = pingUntil(ctx, ping, clock.instant().plusSeconds(timeout), sleep);
        if (error != null) {
            result.put("failed", true);
            result.put("msg", "timed out waiting for ping module test: " + error);
        }
        result.put("elapsed", Duration.between(start, clock.instant()).toSeconds());
        return result;
    }

    /** Pings until an answer or {@code deadline}; the last attempt's error, or {@code null} on success. */
    private String pingUntil(ModuleContext ctx, Module ping, Instant deadline, long sleep) throws ModuleException {
        String error = null;
        while (clock.instant().isBefore(deadline)) {
            try {
                ctx.connection().reset();
                Map<String, Object> answer = ping.run(new ArgsOverride(ctx, Map.of(), "ansible.legacy.ping"));
                if ("pong".equals(answer.get("ping"))) {
                    return null;
                }
                error = answer.containsKey("ping") ? "ping test failed" : "'ping'";
            } catch (ModuleException e) {
                error = "'ping'";
            } catch (ConnectionException e) {
                error = e.getMessage();
            }
            pause(sleep);
        }
        return error;
    }

    /** Python's {@code int()} of an argument, as the plugin reads them. */
    private static long seconds(Map<String, Object> args, String key, long fallback) throws ModuleException {
        Object value = args.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return PyInt.parseSaturated(value.toString());
        } catch (NumberFormatException e) {
            throw new ModuleException(e.getMessage());
        }
    }

    private void pause(long seconds) throws ModuleException {
        if (seconds <= 0) {
            return;
        }
        try {
            sleeper.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleException("interrupted");
        }
    }
}
