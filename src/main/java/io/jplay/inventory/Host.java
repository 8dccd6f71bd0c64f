package io.jplay.inventory;

import java.util.Map;

/**
 * A host of the inventory.
 *
 * @param name the inventory name ({@code inventory_hostname})
 * @param vars the host's own variables from the inventory source and its {@code host_vars}
 *     beside the inventory (host_vars files win)
 */
public record Host(String name, Map<String, Object> vars) {

    public Host {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    }

    /** {@code inventory_hostname_short}: the name up to the first dot. */
    public String shortName() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
