package io.jplay.module.builtin;

import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code group_by}: names the group (and its parents) to put the host in ({@code add_group},
 * {@code parent_groups}); the executor applies it to the run's inventory and sets {@code changed}.
 */
public final class GroupByModule implements Module {

    @Override
    public String name() {
        return "group_by";
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
    public boolean changesInventory() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
        Map<String, Object> args = ctx.args();
        if (!args.containsKey("key")) {
            throw new ModuleException("the 'key' param is required when using group_by");
        }
        Object parents = args.getOrDefault("parents", List.of("all"));
        List<String> parentGroups = new ArrayList<>();
        if (parents instanceof List<?> l) {
            l.forEach(p -> parentGroups.add(String.valueOf(p).replace(' ', '-')));
        } else {
            parentGroups.add(String.valueOf(parents).replace(' ', '-'));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", false);
        result.put("add_group", String.valueOf(args.get("key")).replace(' ', '-'));
        result.put("parent_groups", parentGroups);
        return result;
    }
}
