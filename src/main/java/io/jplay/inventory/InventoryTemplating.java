package io.jplay.inventory;

import java.util.Map;

/**
 * Jinja2 as the {@code constructed} inventory plugin needs it, supplied by whoever wires the run (the
 * inventory is loaded before, and without, the templating package).
 */
public interface InventoryTemplating {

    /**
     * The value of {@code template} (Ansible's templar with lookups disabled) over {@code vars};
     * throws with the templar's message when it fails (an undefined variable, a syntax error).
     */
    Object template(String template, Map<String, Object> vars) throws Exception;

    /** No templating: every expression fails (for loaders that never meet a constructed config). */
    InventoryTemplating NONE = (t, v) -> {
        throw new IllegalStateException("templating is not available while loading this inventory");
    };
}
