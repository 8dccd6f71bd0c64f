package io.jplay.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an INI inventory as Ansible's ini plugin: {@code [group]}, {@code [group:children]},
 * {@code [group:vars]}, host lines with inline {@code key=value} vars typed like Python literals,
 * and groups that may be referenced before they are declared.
 */
final class IniInventoryParser {
    private static final Pattern SECTION = Pattern.compile("^\\[([^:\\]\\s]+)(?::(\\w+))?\\]\\s*(?:#.*)?$");
    private static final Pattern GROUP_NAME = Pattern.compile("^([^:\\]\\s]+)\\s*(?:#.*)?$");

    private final InventoryBuilder inv;
    private final String file;
    private int lineNo;

    /** A section header seen before its group had hosts or children. */
    private record Pending(int line, String state, List<String> parents) {
    }

    IniInventoryParser(InventoryBuilder inv, String file) {
        this.inv = inv;
        this.file = file;
    }

    void parse(List<String> lines) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        String group = InventoryBuilder.UNGROUPED;
        String state = "hosts";
        lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ';') {
                continue;
            }
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                group = inv.safeGroupName(m.group(1));
                state = m.group(2) == null ? "hosts" : m.group(2);
                enterSection(group, state, pending);
                continue;
            } else if (line.startsWith("[") && line.endsWith("]")) {
                throw error("Invalid section entry: '" + line + "'. Please make sure that there are no spaces"
                        + " in the section entry, and that there are no other invalid characters");
            }
            switch (state) {
                case "hosts" -> hostLine(line, group);
                case "vars" -> varLine(line, group);
                default -> childLine(line, group, pending);
            }
        }
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            if (p.state().equals("vars")) {
                throw new InventoryException(file + ":" + p.line() + ": Section [" + e.getKey()
                        + ":vars] not valid for undefined group: " + e.getKey());
            }
            throw new InventoryException(file + ":" + p.line() + ": Section [" + p.parents().get(p.parents().size() - 1)
                    + ":children] includes undefined group: " + e.getKey());
        }
    }

    private void enterSection(String group, String state, Map<String, Pending> pending) {
        if (!state.equals("hosts") && !state.equals("children") && !state.equals("vars")) {
            throw error("Section [" + group + ":" + state + "] has unknown type: " + state);
        }
        if (!inv.groups.containsKey(group)) {
            if (state.equals("vars") && !pending.containsKey(group)) {
                pending.put(group, new Pending(lineNo, state, new ArrayList<>()));
            }
            inv.addGroup(group);
        }
        Pending p = pending.get(group);
        if (p != null && !state.equals("vars")) {
            if (p.state().equals("children")) {
                addPendingChildren(group, pending);
            } else {
                pending.remove(group);
            }
        }
    }

    private void addPendingChildren(String group, Map<String, Pending> pending) {
        for (String parent : pending.get(group).parents()) {
            inv.addChild(parent, group);
            Pending pp = pending.get(parent);
            if (pp != null && pp.state().equals("children")) {
                addPendingChildren(parent, pending);
            }
        }
        pending.remove(group);
    }

    private void hostLine(String line, String group) {
        List<String> tokens;
        try {
            tokens = ShellWords.split(line);
        } catch (InventoryException e) {
            throw error("Error parsing host definition '" + line + "': " + e.getMessage());
        }
        if (tokens.isEmpty()) {
            return;
        }
        HostNames.Address address = HostNames.parseAddress(tokens.get(0));
        if (tokens.get(0).strip().endsWith(":") && address.port() == null) {
            throw new InventoryException("Invalid host pattern '" + tokens.get(0)
                    + "' supplied, ending in ':' is not allowed, this character is reserved to provide a port.");
        }
        List<String> names = HostNames.expand(address.pattern());
        Map<String, Object> vars = new LinkedHashMap<>();
        for (String t : tokens.subList(1, tokens.size())) {
            int eq = t.indexOf('=');
            if (eq < 0) {
                throw error("Expected key=value host variable assignment, got: " + t);
            }
            vars.put(t.substring(0, eq), PythonLiteral.parse(t.substring(eq + 1)));
        }
        for (String name : names) {
            if (name.strip().equals("---")) {
                throw new InventoryException("Invalid host pattern '" + tokens.get(0)
                        + "' supplied, '---' is normally a sign this is a YAML file.");
            }
            inv.addHost(name, group, address.port());
            vars.forEach((k, v) -> inv.setHostVar(name, k, v));
        }
    }

    private void varLine(String line, String group) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw error("Expected key=value, got: " + line);
        }
        String key = line.substring(0, eq).strip();
        inv.setGroupVar(group, key, PythonLiteral.parse(line.substring(eq + 1).strip()));
    }

    private void childLine(String line, String group, Map<String, Pending> pending) {
        Matcher m = GROUP_NAME.matcher(line);
        if (!m.matches()) {
            throw error("Expected group name, got: " + line);
        }
        String child = m.group(1);
        if (inv.groups.containsKey(child)) {
            inv.addChild(group, child);
            return;
        }
        Pending p = pending.get(child);
        if (p == null) {
            List<String> parents = new ArrayList<>();
            parents.add(group);
            pending.put(child, new Pending(lineNo, "children", parents));
        } else {
            p.parents().add(group);
        }
    }

    private InventoryException error(String message) {
        return new InventoryException(file + ":" + lineNo + ": " + message);
    }
}
