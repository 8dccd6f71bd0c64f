package io.jplay.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inventory plugin run by ansible-core through {@link ForeignInventoryPlugins}: the inventory so
 * far goes over, the plugin's changes come back and are applied here in the order Python made them
 * (new groups, new hosts, children, members, then variables).
 */
final class ForeignPlugin implements InventoryPlugin {
    private final String name;
    private final ForeignInventoryPlugins foreign;

    ForeignPlugin(String name, ForeignInventoryPlugins foreign) {
        this.name = name;
        this.foreign = foreign;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean verify(String source) {
        return foreign.verify(name, source);
    }

    @Override
    public void parse(InventoryBuilder builder, String source) {
        List<List<Object>> changes = foreign.parse(name, source, state(builder));
        builder.currentSource(source.contains(",") ? null : Path.of(source));
        for (List<Object> change : changes) {
            apply(builder, change);
        }
    }

    private static void apply(InventoryBuilder builder, List<Object> change) {
        String op = String.valueOf(change.get(0));
        String subject = String.valueOf(change.get(1));
        switch (op) {
            case "group" -> builder.addGroup(subject);
            case "host" -> builder.addHost(subject, null, null);
            case "child" -> builder.addChild(subject, String.valueOf(change.get(2)));
            case "member" -> builder.addHost(String.valueOf(change.get(2)), subject, null);
            case "groupvar" -> builder.setGroupVar(subject, String.valueOf(change.get(2)), change.get(3));
            case "hostvar" -> builder.setHostVar(subject, String.valueOf(change.get(2)), change.get(3));
            default -> throw new InventoryException("unknown inventory change " + op);
        }
    }

    /** The graph as the Python side seeds its InventoryData with it. */
    static Map<String, Object> state(InventoryBuilder builder) {
        List<Object> groups = new ArrayList<>();
        for (InventoryBuilder.GroupData g : builder.groups.values()) {
            groups.add(List.of(g.name, new LinkedHashMap<>(g.vars), List.copyOf(g.children)));
        }
        List<Object> hosts = new ArrayList<>();
        for (InventoryBuilder.HostData h : builder.hosts.values()) {
            hosts.add(List.of(h.name, new LinkedHashMap<>(h.vars), List.copyOf(h.groups)));
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("groups", groups);
        state.put("hosts", hosts);
        return state;
    }
}
