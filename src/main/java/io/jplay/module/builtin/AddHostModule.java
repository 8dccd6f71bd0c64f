package io.jplay.module.builtin;

import io.jplay.inventory.HostNames;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code add_host}: describes a host to add to the run's in-memory inventory ({@code add_host} key: name,
 * groups, host variables); the executor applies it and sets {@code changed}. Runs once per task.
 */
public final class AddHostModule implements Module {
    private static final Set<String> SPECIAL = Set.of("name", "hostname", "groupname", "groups");

    @Override
    public String name() {
        return "add_host";
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
    public boolean bypassHostLoop() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
        Map<String, Object> args = new LinkedHashMap<>(ctx.args());
        args.keySet().removeIf(k -> k.startsWith("_ansible_"));
        Object raw = args.remove("_raw_params");
        if (raw instanceof Map<?, ?> rawArgs) {
            Map<String, Object> combined = new LinkedHashMap<>();
            rawArgs.forEach((k, v) -> combined.put(String.valueOf(k), v));
            combined.putAll(args);
            args = combined;
        } else if (raw != null) {
            throw actionFail("Invalid raw parameters passed, requires a dictonary/mapping got a  <class '"
                    + io.jplay.python.PyRepr.typeName(raw) + "'>");
        }
        Object newName = args.getOrDefault("name", args.getOrDefault("hostname", args.get("host")));
        if (newName == null) {
            throw actionFail("name, host or hostname needs to be provided");
        }
        HostNames.Address address = HostNames.parseAddress(String.valueOf(newName));
        if (address.port() != null) {
            args.put("ansible_ssh_port", (long) address.port());
        }
        Map<String, Object> hostVars = new LinkedHashMap<>();
        args.forEach((k, v) -> {
            if (!SPECIAL.contains(k)) {
                hostVars.put(k, v);
            }
        });
        Map<String, Object> addHost = new LinkedHashMap<>();
        addHost.put("host_name", address.pattern());
        addHost.put("groups", groups(args.getOrDefault("groupname", args.getOrDefault("groups", args.get("group")))));
        addHost.put("host_vars", hostVars);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", false);
        result.put("add_host", addHost);
        return result;
    }

    /** Ansible's action raises AnsibleActionFail, whose result carries the (empty) traceback of its making. */
    private static ModuleException actionFail(String message) {
        return new ModuleException(message, Map.of("exception", "NoneType: None\n"));
    }

    private static List<String> groups(Object groups) throws ModuleException {
        List<String> out = new ArrayList<>();
        if (groups == null || "".equals(groups)) {
            return out;
        }
        List<?> names;
        if (groups instanceof List<?> l) {
            names = l;
        } else if (groups instanceof String s) {
            names = List.of(s.split(",", -1));
        } else {
            throw actionFail("Groups must be specified as a list.");
        }
        for (Object n : names) {
            String name = String.valueOf(n);
            if (!out.contains(name)) {
                out.add(name.strip());
            }
        }
        return out;
    }
}
