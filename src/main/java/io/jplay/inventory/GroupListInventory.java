package io.jplay.inventory;

import java.util.List;
import java.util.Map;

/**
 * An inventory rebuilt from the {@code groups} variable (group name to host names), as the
 * {@code inventory_hostnames} lookup builds one to match host patterns against.
 */
public final class GroupListInventory {
    private GroupListInventory() {
    }

    /** @throws InventoryException for an invalid host or group name */
    public static Inventory of(Map<?, ?> groups) {
        InventoryBuilder b = new InventoryBuilder();
        for (Map.Entry<?, ?> e : groups.entrySet()) {
            String group = String.valueOf(e.getKey());
            b.addGroup(group);
            if (e.getValue() instanceof List<?> hosts) {
                for (Object h : hosts) {
                    b.addHost(String.valueOf(h), group, null);
                }
            }
        }
        return new InventoryFreezer(null).freeze(b, List.of());
    }
}
