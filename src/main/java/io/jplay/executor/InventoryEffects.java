package io.jplay.executor;

import io.jplay.inventory.Inventory;
import io.jplay.inventory.InventoryException;
import io.jplay.inventory.RunInventory;
import io.jplay.vars.VariableManager;
import io.jplay.result.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies what {@code add_host} and {@code group_by} results ask for to the run's inventory, as Ansible's
 * strategy does before it reports the result (and before {@code changed_when}/{@code failed_when} have the
 * last word): each result (each loop item's) gets {@code changed} from whether the inventory changed.
 */
final class InventoryEffects {
    private final Inventory inventory;
    private final VariableManager variables;

    InventoryEffects(Inventory inventory, VariableManager variables) {
        this.inventory = inventory;
        this.variables = variables;
    }

    /**
     * Applies one result (one loop item's) of a task on {@code host}: sets its {@code changed} from whether the
     * inventory changed, or fails it when the inventory refuses the change. Failed and skipped results
     * change nothing.
     */
    void apply(String host, Map<String, Object> result) {
        if (!(inventory instanceof RunInventory run)
                || Truth.isTrue(result.get("failed")) || Truth.isTrue(result.get("skipped"))) {
            return;
        }
        try {
            Boolean changed = applyOne(run, host, result);
            if (changed != null) {
                result.put("changed", changed);
                if (changed) {
                    variables.inventoryChanged();
                }
            }
        } catch (InventoryException e) {
            result.put("failed", true);
            result.put("msg", e.getMessage());
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
