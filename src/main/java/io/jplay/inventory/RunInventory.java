package io.jplay.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The inventory of one run: the loaded inventory plus what {@code add_host} and {@code group_by} add
 * while the run goes on (Ansible's in-memory inventory changes, seen by every later task and play).
 * Each change makes a new immutable snapshot, so readers never see a half-made change; changes are
 * serialised.
 */
public final class RunInventory implements Inventory {
    private volatile Inventory current;
    private final java.util.function.Supplier<Inventory> sources;
    /** Every add_host and group_by so far, replayed after a refresh as Ansible's cached dynamic hosts and groups. */
    private final List<Runnable> dynamic = new java.util.ArrayList<>();

    public RunInventory(Inventory loaded) {
        this(loaded, null);
    }

    /** @param sources reads the inventory sources again, for {@code meta: refresh_inventory} (null: cannot) */
    public RunInventory(Inventory loaded, java.util.function.Supplier<Inventory> sources) {
        this.current = loaded;
        this.sources = sources;
    }

    /**
     * {@code meta: refresh_inventory}: the sources read again, as Ansible's inventory manager does (what
     * {@code add_host} and {@code group_by} added is gone). Returns false when this inventory has no sources to read.
     *
     * @throws InventoryException when a source cannot be read now
     */
    public synchronized boolean refresh() {
        if (sources == null) {
            return false;
        }
        current = sources.get();
        for (Runnable change : List.copyOf(dynamic)) {
            try {
                change.run();
            } catch (InventoryException e) {
                // as Ansible: a grouped host the sources no longer have is left out
            }
        }
        return true;
    }

    /**
     * {@code add_host}: adds the host (to {@code all}) if it is new, merges {@code vars} over its own
     * variables and puts it in {@code groups} (created if new). Returns whether anything changed.
     */
    public synchronized boolean addHost(String name, List<String> groups, Map<String, Object> vars) {
        boolean changed = putHost(name, groups, vars);
        dynamic.add(() -> putHost(name, groups, vars));
        return changed;
    }

    private boolean putHost(String name, List<String> groups, Map<String, Object> vars) {
        Inventory before = current;
        InventoryBuilder b = rebuild(before);
        boolean changed = false;
        InventoryBuilder.HostData host = b.hosts.get(name);
        if (host == null) {
            host = b.addHost(name, InventoryBuilder.ALL, null);
            changed = true;
        }
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            if (!host.vars.containsKey(e.getKey()) || !java.util.Objects.equals(host.vars.get(e.getKey()), e.getValue())) {
                changed = true;
            }
            host.vars.put(e.getKey(), e.getValue());
        }
        for (String group : groups) {
            changed |= !b.groups.containsKey(group);
            InventoryBuilder.GroupData g = b.addGroup(group);
            if (!g.hosts.contains(name)) {
                g.hosts.add(name);
                host.groups.add(group);
                changed = true;
            }
        }
        if (changed) {
            install(b);
        }
        return changed;
    }

    /**
     * {@code group_by}: creates {@code group} and {@code parents} as needed, makes {@code group} a child of
     * each parent and puts the host in it. Returns whether anything changed.
     *
     * @throws InventoryException when the host is not in the inventory
     */
    public synchronized boolean addToGroup(String hostName, String group, List<String> parents) {
        boolean changed = addToGroup(hostName, group, parents, false);
        dynamic.add(() -> addToGroup(hostName, group, parents, true));
        return changed;
    }

    /** @param replay a refresh replays it: a host the sources no longer have is skipped, not refused */
    private boolean addToGroup(String hostName, String group, List<String> parents, boolean replay) {
        if (replay && !current.host(hostName).isPresent() && !LoadedInventory.LOCALHOST_NAMES.contains(hostName)) {
            return false;
        }
        InventoryBuilder b = rebuild(current);
        InventoryBuilder.HostData host = b.hosts.get(hostName);
        if (host == null) {
            if (!LoadedInventory.LOCALHOST_NAMES.contains(hostName)) {
                throw new InventoryException(hostName + " cannot be matched in inventory");
            }
            host = b.addHost(hostName, null, null);
            host.vars.put("ansible_connection", "local");
        }
        boolean changed = false;
        b.addGroup(group);
        for (String parent : parents) {
            changed |= !b.groups.containsKey(parent);
            b.addGroup(parent);
            if (!b.groups.get(parent).children.contains(group)) {
                b.addChild(parent, group);
                changed = true;
            }
        }
        InventoryBuilder.GroupData g = b.groups.get(group);
        if (!g.hosts.contains(hostName)) {
            g.hosts.add(hostName);
            host.groups.add(group);
            changed = true;
        }
        if (changed) {
            install(b);
        }
        return changed;
    }

    private void install(InventoryBuilder b) {
        b.reconcile();
        current = new InventoryFreezer(new VarsFiles(null)).freeze(b, List.of());
    }

    /** A builder holding what {@code inventory} holds (variables already merged, group depths recomputed). */
    private static InventoryBuilder rebuild(Inventory inventory) {
        InventoryBuilder b = new InventoryBuilder();
        for (Group g : inventory.groups().values()) {
            InventoryBuilder.GroupData data = b.addGroup(g.name());
            data.vars.putAll(g.vars());
            data.fileVars.putAll(g.fileVars());
            data.priority = g.priority();
        }
        for (Group g : inventory.groups().values()) {
            for (String child : g.children()) {
                b.addChild(g.name(), child);
            }
        }
        for (Host h : inventory.hosts()) {
            InventoryBuilder.HostData data = b.addHost(h.name(), null, null);
            data.vars.putAll(h.vars());
            data.sourceDir = inventory.sourceOf(h).orElse(null);
        }
        for (Group g : inventory.groups().values()) {
            for (String host : g.hosts()) {
                if (b.hosts.containsKey(host)) {
                    b.groups.get(g.name()).hosts.add(host);
                    b.hosts.get(host).groups.add(g.name());
                }
            }
        }
        return b;
    }

    @Override
    public List<Host> hosts() {
        return current.hosts();
    }

    @Override
    public Optional<Host> host(String name) {
        return current.host(name);
    }

    @Override
    public Map<String, Group> groups() {
        return current.groups();
    }

    @Override
    public List<Group> groupsOf(Host host) {
        return current.groupsOf(host);
    }

    @Override
    public List<Host> select(String pattern) {
        return current.select(pattern);
    }

    @Override
    public List<Host> select(String pattern, Consumer<String> warnings) {
        return current.select(pattern, warnings);
    }

    @Override
    public List<Host> select(String pattern, List<String> limitTerms, Consumer<String> warnings) {
        return current.select(pattern, limitTerms, warnings);
    }

    @Override
    public Host implicitLocalhost() {
        return current.implicitLocalhost();
    }

    @Override
    public Optional<Path> sourceOf(Host host) {
        return current.sourceOf(host);
    }
}
