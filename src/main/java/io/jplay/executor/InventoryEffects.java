package io.jplay.executor;

import io.jplay.inventory.Inventory;
import io.jplay.inventory.InventoryException;
import io.jplay.inventory.RunInventory;
import io.jplay.vars.VariableManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies what {@code add_host} and {@code group_by} results ask for to the run's inventory, as Ansible's
 * strategy does before it reports the result: each result (each loop item's) gets {@code changed} from
 * whether the inventory changed.
 */
final class InventoryEffects {
    private final Inventory inventory;
    private final VariableManager variables;

    InventoryEffects(Inventory inventory, VariableManager variables) {
        this.inventory = inventory;
        this.variables = variables;
    }

    void apply(String host, Map<String, Object> result, boolean loop) {
        if (!(inventory instanceof RunInventory run)) {
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        if (loop && result.get("results") instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> item = (Map<String, Object>) m;
                    items.add(item);
                }
            }
        } else {
            items.add(result);
        }
        boolean any = false;
        for (Map<String, Object> item : items) {
            if (Boolean.TRUE.equals(item.get("failed")) || Boolean.TRUE.equals(item.get("skipped"))) {
                continue;
            }
            try {
                Boolean changed = applyOne(run, host, item);
                if (changed != null) {
                    item.put("changed", changed);
                    any |= changed;
                }
            } catch (InventoryException e) {
                item.put("failed", true);
                item.put("msg", e.getMessage());
            }
        }
        if (any) {
            variables.inventoryChanged();
        }
    }

    private static Boolean applyOne(RunInventory run, String host, Map<String, Object> item) {
        if (item.get("add_host") instanceof Map<?, ?> add) {
            Map<String, Object> vars = new java.util.LinkedHashMap<>();
            if (add.get("host_vars") instanceof Map<?, ?> hv) {
                hv.forEach((k, v) -> vars.put(String.valueOf(k), v));
            }
            List<String> groups = new ArrayList<>();
            if (add.get("groups") instanceof List<?> g) {
                g.forEach(x -> groups.add(String.valueOf(x)));
            }
            return run.addHost(String.valueOf(add.get("host_name")), groups, vars);
        }
        if (item.get("add_group") instanceof String group) {
            List<String> parents = new ArrayList<>();
            if (item.get("parent_groups") instanceof List<?> p) {
                p.forEach(x -> parents.add(String.valueOf(x)));
            }
            return run.addToGroup(host, group, parents);
        }
        return null;
    }
}
