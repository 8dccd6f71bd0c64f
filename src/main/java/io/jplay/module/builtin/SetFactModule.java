package io.jplay.module.builtin;

import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code set_fact}: returns its arguments as {@code ansible_facts}; strings spelling a boolean
 * ({@code yes}, {@code False}, ...) become booleans as in Ansible without native Jinja.
 */
public final class SetFactModule implements Module {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    /** The result's internal key naming the facts to store as unsafe values. */
    public static final String UNSAFE_FACTS = "_ansible_unsafe_facts";
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no");

    @Override
    public String name() {
        return "set_fact";
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
        Map<String, Object> args = new LinkedHashMap<>(ctx.args());
        args.keySet().removeIf(k -> k.startsWith("_ansible_"));
        Object cacheableArg = io.jplay.yaml.Unsafe.stripped(args.remove("cacheable"));
        boolean cacheable = cacheableArg != null && toBoolean(cacheableArg);
        Map<String, Object> facts = new LinkedHashMap<>();
        List<String> unsafe = new ArrayList<>();
        for (Map.Entry<String, Object> e : args.entrySet()) {
            String key = e.getKey();
            if (!IDENTIFIER.matcher(key).matches() || KEYWORDS.contains(key)) {
                throw new ModuleException("The variable name '" + key + "' is not valid. Variables must start with a"
                        + " letter or underscore character, and contain only letters, numbers and underscores.");
            }
            Object value = e.getValue();
            if (io.jplay.yaml.Unsafe.within(value)) {
                value = io.jplay.yaml.Unsafe.stripped(value);
                unsafe.add(key);
            }
            // as Ansible's action: only without native Jinja do boolean words become booleans
            if (!ctx.jinja2Native() && value instanceof String s && BOOLEAN_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
                value = ArgType.toBool(s);
            }
            facts.put(key, value);
        }
        if (facts.isEmpty()) {
            throw new ModuleException("No key/value pairs provided, at least one is required for this action to succeed");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ansible_facts", facts);
        result.put("_ansible_facts_cacheable", cacheable);
        if (!unsafe.isEmpty()) {
            // the facts whose value came from an unsafe one or a lookup: stored unsafe, never templated again
            result.put(UNSAFE_FACTS, unsafe);
        }
        result.put("changed", false);
        return result;
    }

    private static boolean toBoolean(Object value) {
        try {
            return ArgType.toBool(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
