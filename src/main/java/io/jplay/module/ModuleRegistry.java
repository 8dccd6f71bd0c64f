package io.jplay.module;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Modules by name. A module registered as {@code command} is found as {@code command},
 * {@code ansible.builtin.command} and {@code ansible.legacy.command}.
 *
 * <p>Fill it once at start-up; lookups are then safe from many threads.
 */
public final class ModuleRegistry {
    private static final List<String> PREFIXES = List.of("ansible.builtin.", "ansible.legacy.");
    private final Map<String, Module> modules = new TreeMap<>();

    /** Adds (or replaces) a module under its {@link Module#name()}. */
    public ModuleRegistry register(Module module) {
        modules.put(module.name(), module);
        return this;
    }

    /** The module for a task's action name, short or fully qualified. */
    public Optional<Module> lookup(String name) {
        return Optional.ofNullable(modules.get(shortName(name)));
    }

    public boolean contains(String name) {
        return modules.containsKey(shortName(name));
    }

    /** The short names of every registered module, sorted. */
    public List<String> names() {
        return List.copyOf(modules.keySet());
    }

    /** {@code ansible.builtin.x} and {@code ansible.legacy.x} become {@code x}; other names are kept. */
    public static String shortName(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /**
     * Registered names close to an unknown one, for "did you mean": within Levenshtein distance 2,
     * or starting with it, or it starting with them. Nearest first.
     */
    public List<String> suggest(String name) {
        String wanted = shortName(name);
        TreeSet<String> byDistance = new TreeSet<>((a, b) -> {
            int d = Integer.compare(distance(wanted, a), distance(wanted, b));
            return d != 0 ? d : a.compareTo(b);
        });
        for (String candidate : modules.keySet()) {
            boolean prefix = !wanted.isEmpty() && (candidate.startsWith(wanted) || wanted.startsWith(candidate));
            if (!candidate.equals(wanted) && (prefix || distance(wanted, candidate) <= 2)) {
                byDistance.add(candidate);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(byDistance));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
