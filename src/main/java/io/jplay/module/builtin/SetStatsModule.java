package io.jplay.module.builtin;

import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code set_stats}: returns {@code ansible_stats} ({@code data}, {@code per_host} default false,
 * {@code aggregate} default true); the executor adds the data to the run's custom stats.
 */
public final class SetStatsModule implements Module {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    @Override
    public String name() {
        return "set_stats";
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
        Map<String, Object> args = ctx.args();
        Map<String, Object> stats = new LinkedHashMap<>();
        Map<String, Object> data = new LinkedHashMap<>();
        Object given = args.getOrDefault("data", Map.of());
        if (!(given instanceof Map<?, ?> m)) {
            throw new ModuleException("The 'data' option needs to be a dictionary/hash");
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (!IDENTIFIER.matcher(k).matches()) {
                throw new ModuleException("The variable name '" + k + "' is not valid. Variables must start with a"
                        + " letter or underscore character, and contain only letters, numbers and underscores.");
            }
            data.put(k, e.getValue());
        }
        stats.put("data", data);
        stats.put("per_host", flag(args.get("per_host"), false));
        stats.put("aggregate", flag(args.get("aggregate"), true));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", false);
        result.put("ansible_stats", stats);
        return result;
    }

    private static boolean flag(Object value, boolean dflt) {
        if (value == null) {
            return dflt;
        }
        try {
            return ArgType.toBool(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
