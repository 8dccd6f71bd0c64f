package io.jplay.yaml;

import io.jplay.python.IdentityMarks;

/**
 * The strings a run's YAML loader made, known by identity: what Ansible's loader gives as
 * {@code AnsibleUnicode} and {@code type_debug} names so, while text made from them (a template's
 * concatenation, a filter's result) is a plain {@code str}. Held weakly; one per run, shared by its
 * loaders and its templater. Safe for many threads.
 */
public final class YamlStrings {
    private final IdentityMarks<Boolean> strings;

    /** An empty set that notes the strings added to it. */
    public YamlStrings() {
        this(new IdentityMarks<>());
    }

    private YamlStrings(IdentityMarks<Boolean> strings) {
        this.strings = strings;
    }

    /** A set that notes nothing: for loaders whose strings are plain {@code str} (the {@code from_yaml} filter). */
    public static YamlStrings none() {
        return new YamlStrings(null);
    }

    /** Whether this set notes the strings added to it (not {@link #none()}). */
    boolean notes() {
        return strings != null;
    }

    /** Notes {@code s}, this very instance, as made by the loader. */
    void add(String s) {
        if (strings != null) {
            strings.put(s, Boolean.TRUE);
        }
    }

    /** Whether {@code value} is a string the loader made (the same instance). */
    public boolean contains(Object value) {
        return strings != null && value instanceof String && strings.get(value) != null;
    }
}
