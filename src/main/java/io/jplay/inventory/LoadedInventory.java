package io.jplay.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The frozen inventory. Group host lists and each host's sorted groups are computed on first
 * use and cached (thread-safe).
 */
final class LoadedInventory implements Inventory {
    /** The names Ansible treats as the control node ({@code C.LOCALHOST}). */
    static final Set<String> LOCALHOST_NAMES = Set.of("localhost", "127.0.0.1", "::1");
    private static final Comparator<Group> VAR_ORDER = Comparator.comparingInt(Group::depth)
            .thenComparingInt(Group::priority).thenComparing(Group::name);

    private final List<Host> hosts;
    private final Map<String, Host> byName;
    private final Map<String, Group> groups;
    private final Map<String, Set<String>> parents;
    private final Map<String, List<String>> directGroups;
    private final Map<String, Path> sources;
    private final Map<String, List<Host>> groupHosts = new ConcurrentHashMap<>();
    private final Map<String, List<Group>> groupsOfHost = new ConcurrentHashMap<>();
    private final Map<String, Host> implicit = new ConcurrentHashMap<>();
    private final PatternMatcher matcher;

    LoadedInventory(List<Host> hosts, Map<String, Group> groups, Map<String, Set<String>> parents,
            Map<String, List<String>> directGroups, Map<String, Path> sources) {
        this.hosts = List.copyOf(hosts);
        Map<String, Host> index = new HashMap<>();
        for (Host h : hosts) {
            index.put(h.name(), h);
        }
        this.byName = index;
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.parents = parents;
        this.directGroups = directGroups;
        this.sources = sources;
        this.matcher = new PatternMatcher(this);
    }

    @Override
    public List<Host> hosts() {
        return hosts;
    }

    /**
     * The named host; for {@code localhost}, {@code 127.0.0.1} and {@code ::1} absent from the
     * inventory, the implicit local host of that name (as Ansible's get_host).
     */
    @Override
    public Optional<Host> host(String name) {
        Host h = byName.get(name);
        if (h == null && LOCALHOST_NAMES.contains(name)) {
            h = implicitHost(name);
        }
        return Optional.ofNullable(h);
    }

    Host realHost(String name) {
        return byName.get(name);
    }

    @Override
    public Map<String, Group> groups() {
        return groups;
    }

    @Override
    public List<Group> groupsOf(Host host) {
        if (!byName.containsKey(host.name())) {
            return List.of(groups.get(InventoryBuilder.ALL));
        }
        return groupsOfHost.computeIfAbsent(host.name(), this::computeGroupsOf);
    }

    private List<Group> computeGroupsOf(String host) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(directGroups.getOrDefault(host, List.of()));
        todo.add(InventoryBuilder.ALL);
        while (!todo.isEmpty()) {
            String g = todo.remove(todo.size() - 1);
            if (seen.add(g)) {
                todo.addAll(parents.getOrDefault(g, Set.of()));
            }
        }
        List<Group> out = new ArrayList<>();
        for (String g : seen) {
            out.add(groups.get(g));
        }
        out.sort(VAR_ORDER);
        return List.copyOf(out);
    }

    @Override
    public List<Host> select(String pattern) {
        return select(pattern, w -> { });
    }

    @Override
    public List<Host> select(String pattern, Consumer<String> warnings) {
        return matcher.evaluate(HostPattern.split(pattern), warnings);
    }

    @Override
    public List<Host> select(String pattern, List<String> limit, Consumer<String> warnings) {
        List<Host> selected = select(pattern, warnings);
        if (limit == null || limit.isEmpty()) {
            return selected;
        }
        Set<Host> allowed = new HashSet<>(matcher.evaluate(limit, warnings));
        List<Host> out = new ArrayList<>();
        for (Host h : selected) {
            if (allowed.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    @Override
    public Host implicitLocalhost() {
        return implicitHost("localhost");
    }

    Host implicitHost(String name) {
        return implicit.computeIfAbsent(name, n -> new Host(n, Map.of("ansible_connection", "local",
                // Ansible runs modules there with its own interpreter
                "ansible_python_interpreter", "{{ ansible_playbook_python }}")));
    }

    @Override
    public Optional<Path> sourceOf(Host host) {
        return Optional.ofNullable(sources.get(host.name()));
    }

    /**
     * The hosts of a group as Ansible's Group.get_hosts: its own hosts, then those of its
     * descendants level by level, without repeats.
     */
    List<Host> hostsOfGroup(String name) {
        return groupHosts.computeIfAbsent(name, this::computeHostsOfGroup);
    }

    private List<Host> computeHostsOfGroup(String name) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seenGroups = new HashSet<>();
        List<String> level = List.of(name);
        while (!level.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String g : level) {
                if (!seenGroups.add(g)) {
                    continue;
                }
                Group group = groups.get(g);
                names.addAll(group.hosts());
                next.addAll(group.children());
            }
            level = next;
        }
        List<Host> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(byName.get(n));
        }
        return List.copyOf(out);
    }
}
