package io.jplay.module.builtin;

import io.jplay.clock.Sleeper;

import io.jplay.python.PyFloat;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.LoadedStrings;
import io.jplay.module.ModuleException;
import io.jplay.python.PyRepr;
import io.jplay.python.PyText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pause}: waits {@code seconds} or {@code minutes} (at least one second), or, without a
 * duration, shows {@code [task name]} and the prompt and waits for the user's line on a terminal
 * ({@code user_input}); where stdin is not a terminal it returns at once with Ansible's warning. Time
 * passes through the injected {@link Sleeper} and clock.
 */
public final class PauseModule implements Module {
    private static final ArgSpec SPEC = ArgSpec.builder()
            .option("echo", ArgType.BOOL, true)
            .option(ArgOption.of("minutes", ArgType.RAW))
            .option(ArgOption.of("seconds", ArgType.RAW))
            .option("prompt", ArgType.STR)
            .mutuallyExclusive("minutes", "seconds")
            .build();

    private final Sleeper sleeper;
    private final Clock clock;

    public PauseModule() {
        this(Sleeper.system(), Clock.systemDefaultZone());
    }

    public PauseModule(Sleeper sleeper, Clock clock) {
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "pause";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public boolean controllerOnly() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
        Map<String, Object> params;
        try {
            params = SPEC.validateAction("pause", ctx.args());
        } catch (ModuleException e) {
            throw ModuleException.actionFailed(e.getMessage());
        }
        LoadedStrings loaded = new LoadedStrings(ctx.vars());
        loaded.add(ctx.actions().untemplatedArgs(), params);
        Long minutes = pythonInt("minutes", params.get("minutes"), loaded);
        Long seconds = pythonInt("seconds", params.get("seconds"), loaded);
        String unit = minutes == null && seconds != null ? "seconds" : "minutes";
        Long wait = minutes != null ? Long.valueOf(minutes * 60) : seconds;
        if (wait != null && wait < 1) {
            wait = 1L;
        }
        boolean echo = Boolean.TRUE.equals(params.get("echo"));
        String hidden = echo ? "" : " (output is hidden)";
        String asked = params.get("prompt") instanceof String p && !p.isEmpty() ? p : null;
        String name = ctx.actions().taskName().isEmpty() ? ctx.moduleName("pause") : ctx.actions().taskName();
        String prompt = "[" + name.strip() + "]\n" + (asked == null ? "Press enter to continue, Ctrl+C to interrupt" : asked)
                + hidden + ":";
        Instant start = clock.instant();
        LocalDateTime startText = LocalDateTime.now(clock);
        String userInput = "";
        if (wait == null) {
            ctx.display(prompt);
            if (ctx.actions().interactive()) {
                userInput = java.util.Objects.requireNonNullElse(ctx.actions().ask("", !echo), "");
            } else {
                ctx.warn("Not waiting for response to prompt as stdin is not interactive");
            }
        } else {
            ctx.display("Pausing for " + wait + " seconds" + hidden);
            ctx.display("(ctrl+C then 'C' = continue early, ctrl+C then 'A' = abort)\r");
            if (asked != null) {
                ctx.display(prompt);
            }
            try {
                sleeper.sleep(Duration.ofSeconds(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModuleException("pause interrupted");
            }
        }
        double elapsed = Duration.between(start, clock.instant()).toNanos() / 1e9;
        double shown = unit.equals("minutes") ? elapsed / 60.0 : elapsed;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", false);
        result.put("rc", 0);
        result.put("stderr", "");
        result.put("stdout", "Paused for " + PyFloat.repr(Math.round(shown * 100) / 100.0) + " " + unit);
        result.put("start", PyText.datetime(startText));
        result.put("stop", PyText.datetime(LocalDateTime.now(clock)));
        result.put("delta", (long) elapsed);
        result.put("echo", params.get("echo"));
        result.put("user_input", userInput);
        return result;
    }

    /** Python's {@code int(value)}, which the pause action uses as its type (floats truncate). */
    private static Long pythonInt(String name, Object value, LoadedStrings loaded) throws ModuleException {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        String detail;
        if (value instanceof String s) {
            Long parsed = ArgType.parsePythonInt(s);
            if (parsed != null) {
                return parsed;
            }
            detail = "invalid literal for int() with base 10: " + PyRepr.repr(s);
        } else {
            detail = "int() argument must be a string, a bytes-like object or a real number, not '"
                    + PyRepr.typeName(value).replace("<class '", "").replace("'>", "") + "'";
        }
        throw ModuleException.actionFailed("argument '" + name + "' is of type " + loaded.typeName(value)
                + " and we were unable to convert to int: " + detail);
    }
}
