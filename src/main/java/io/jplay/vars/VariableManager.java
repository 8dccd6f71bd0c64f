package io.jplay.vars;

import io.jplay.factcache.FactCache;
import io.jplay.factcache.MemoryFactCache;

import io.jplay.inventory.Group;
import io.jplay.inventory.Host;
import io.jplay.inventory.Inventory;
import io.jplay.template.PythonClass;
import io.jplay.template.Resolved;
import io.jplay.template.Templater;
import io.jplay.yaml.Unsafe;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ansible's variable precedence, in one place. From lowest to highest:
 *
 * <ol>
 *   <li>role defaults: those of the play's roles, then the task's own (outer roles first)</li>
 *   <li>group vars from the inventory sources: {@code all}'s, then the host's other groups' (by depth, priority,
 *       name)</li>
 *   <li>{@code group_vars/all}: beside the inventory, then beside the playbook</li>
 *   <li>the other groups' {@code group_vars/} files: beside the inventory, then beside the playbook</li>
 *   <li>host vars: inventory, then {@code host_vars/} beside the playbook</li>
 *   <li>gathered facts</li>
 *   <li>play {@code vars}, then {@code vars_files}</li>
 *   <li>role vars: those of the play's roles, then the task's own</li>
 *   <li>block vars (outer blocks first)</li>
 *   <li>task vars</li>
 *   <li>{@code include_vars}</li>
 *   <li>{@code set_fact} and {@code register}</li>
 *   <li>role and include parameters</li>
 *   <li>magic variables ({@code inventory_hostname}, {@code hostvars}, {@code groups}, ...)</li>
 *   <li>extra vars ({@code -e}), which win over everything</li>
 * </ol>
 *
 * A group's own vars and those from {@code group_vars/} beside the inventory arrive apart from the
 * inventory loader ({@code Group.vars}, {@code Group.fileVars}); host_vars files arrive merged over the host's. The maps are layered, not merged ({@link LayeredVars}).
 */
public final class VariableManager {
    private final Inventory inventory;
    private final PlaybookVarsSource playbookVars;
    private final Map<String, Object> extraVars;
    private final Map<String, Object> globals;
    private final Map<String, HostState> states = new ConcurrentHashMap<>();
    private final FactCache factCache;
    private final Map<String, List<Map<String, ?>>> inventoryLayers = new ConcurrentHashMap<>();
    private volatile Map<String, Object> groupsMagic;
    private final Templater templater;
    private final boolean mergeHashes;

    /**
     * @param globals magic variables common to the whole run ({@code ansible_version},
     *     {@code playbook_dir}, {@code omit}, {@code ansible_check_mode}, ...)
     */
    public VariableManager(Inventory inventory, PlaybookVarsSource playbookVars, Map<String, Object> extraVars,
            Map<String, Object> globals) {
        this(inventory, playbookVars, extraVars, globals, null);
    }

    /**
     * @param templater templates the values read through {@code hostvars} in their host's scope
     *     ({@code null}: they are read raw)
     */
    public VariableManager(Inventory inventory, PlaybookVarsSource playbookVars, Map<String, Object> extraVars,
            Map<String, Object> globals, Templater templater) {
        this(inventory, playbookVars, extraVars, globals, templater, false);
    }

    /**
     * As above; with {@code mergeHashes} (Ansible's {@code hash_behaviour = merge}) a mapping defined in
     * several layers is merged recursively, the higher layer's keys winning, instead of replaced whole.
     */
    public VariableManager(Inventory inventory, PlaybookVarsSource playbookVars, Map<String, Object> extraVars,
            Map<String, Object> globals, Templater templater, boolean mergeHashes) {
        this(inventory, playbookVars, extraVars, globals, templater, mergeHashes, new MemoryFactCache());
    }

    /**
     * As above, the hosts' facts kept in {@code factCache} (Ansible's fact cache plugin): a host starts with
     * the facts cached for it, and every fact gathered or set {@code cacheable} is written back.
     */
    public VariableManager(Inventory inventory, PlaybookVarsSource playbookVars, Map<String, Object> extraVars,
            Map<String, Object> globals, Templater templater, boolean mergeHashes, FactCache factCache) {
        this.factCache = factCache;
        this.mergeHashes = mergeHashes;
        this.templater = templater;
        this.inventory = inventory;
        this.playbookVars = playbookVars;
        this.extraVars = Collections.unmodifiableMap(new LinkedHashMap<>(extraVars));
        this.globals = Collections.unmodifiableMap(new LinkedHashMap<>(globals));
        this.groupsMagic = groupsMagic(inventory);
    }

    /** {@code add_host} or {@code group_by} changed the inventory: recompute groups and inventory variables. */
    public void inventoryChanged() {
        inventoryLayers.clear();
        groupsMagic = groupsMagic(inventory);
    }

    public HostState state(String host) {
        return states.computeIfAbsent(host, h -> new HostState(h, factCache));
    }

    /**
     * The variables of {@code host} without task scope; with a {@code null} play, what
     * {@code hostvars[host]} shows (inventory, facts, set_fact, register, magic, extra vars: no play vars).
     */
    public Map<String, Object> hostVars(Host host, PlayVars play) {
        return taskVars(host, play, VarsScope.EMPTY);
    }

    /**
     * The variables of the play without any host (Ansible's {@code get_vars(play=play)}), with which it
     * templates the tags the tag filter reads: role defaults, play vars and vars_files, role vars, the
     * run's and the play's magic variables, extra vars.
     */
    public Map<String, Object> playVars(PlayVars play, List<Map<String, Object>> roleDefaults,
            List<Map<String, Object>> roleVars) {
        List<Map<String, ?>> layers = new ArrayList<>(roleDefaults);
        layers.add(play.vars());
        layers.add(play.varsFiles());
        layers.addAll(roleVars);
        layers.add(globals);
        layers.add(play.magic());
        layers.add(extraVars);
        return new LayeredVars(layers, mergeHashes);
    }

    /** The variables a task sees on {@code host}. */
    public Map<String, Object> taskVars(Host host, PlayVars play, VarsScope scope) {
        HostState state = state(host.name());
        List<Map<String, ?>> layers = new ArrayList<>(16);
        if (play != null) {
            layers.addAll(play.roleDefaults());
        }
        layers.addAll(scope.roleDefaults());
        layers.addAll(inventoryLayers(host));
        Map<String, Object> facts = state.facts();
        if (!facts.isEmpty()) {
            layers.add(facts);
        }
        // like Ansible's namespace_facts: ansible_facts is {} before anything was gathered
        layers.add(Map.of("ansible_facts", new Unsafe(stripPrefix(facts))));
        if (play != null) {
            layers.add(play.vars());
            layers.add(play.varsFiles());
            layers.addAll(play.roleVars());
        }
        layers.addAll(scope.roleVars());
        if (mergeHashes) {
            // Ansible's Task.get_vars updates the block chain's vars with the task's: replaced, never merged
            Map<String, Object> own = new LinkedHashMap<>();
            scope.blockVars().forEach(own::putAll);
            own.putAll(scope.taskVars());
            layers.add(own);
        } else {
            layers.addAll(scope.blockVars());
            layers.add(scope.taskVars());
        }
        layers.add(state.includedVars());
        layers.add(state.hostFacts());
        layers.addAll(scope.params());
        layers.add(globals);
        if (play != null) {
            layers.add(play.magic());
        }
        layers.add(hostMagic(host, play));
        layers.add(extraVars);
        layers.add(scope.special());
        // Ansible's 'vars': every variable above as it is, read without templating (vars.x of x: "{{ y }}" is
        // the text "{{ y }}"), loop variables not among them, nor 'vars' itself (Ansible's is a copy made
        // before the key is set, so templating it whole does not recurse)
        layers.add(Map.of("vars", new ResolvedMap(new LayeredVars(new java.util.ArrayList<>(layers), mergeHashes))));
        return new LayeredVars(layers, mergeHashes);
    }

    private static Map<String, Object> stripPrefix(Map<String, Object> facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            String k = e.getKey();
            m.put(k.startsWith("ansible_") ? k.substring(8) : k, e.getValue());
        }
        return m;
    }

    private List<Map<String, ?>> inventoryLayers(Host host) {
        return inventoryLayers.computeIfAbsent(host.name(), n -> {
            Host current = inventory.host(n).orElse(host);
            List<Map<String, ?>> layers = new ArrayList<>();
            // Ansible's default precedence: all_inventory, groups_inventory, all_plugins_inventory,
            // all_plugins_play, groups_plugins_inventory, groups_plugins_play
            List<Group> groups = inventory.groupsOf(host);
            Group all = groups.stream().filter(g -> g.name().equals("all")).findFirst().orElse(null);
            List<Group> others = groups.stream().filter(g -> !g.name().equals("all")).toList();
            if (all != null) {
                layers.add(all.vars());
            }
            others.forEach(g -> layers.add(g.vars()));
            if (all != null) {
                layers.add(all.fileVars());
                layers.add(playbookVars.groupVars("all"));
            }
            others.forEach(g -> layers.add(g.fileVars()));
            others.forEach(g -> layers.add(playbookVars.groupVars(g.name())));
            layers.add(current.vars());
            layers.add(playbookVars.hostVars(host.name()));
            layers.removeIf(Map::isEmpty);
            return List.copyOf(layers);
        });
    }

    private Map<String, Object> hostMagic(Host host, PlayVars play) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inventory_hostname", host.name());
        m.put("inventory_hostname_short", host.shortName());
        List<String> groupNames = new ArrayList<>();
        for (Group g : inventory.groupsOf(host)) {
            // as Ansible's Host.get_magic_vars: every group but 'all', so a host outside any group has ['ungrouped']
            if (!g.name().equals("all")) {
                groupNames.add(g.name());
            }
        }
        Collections.sort(groupNames);
        m.put("group_names", groupNames);
        m.put("groups", groupsMagic);
        m.put("hostvars", new HostVarsView(play));
        inventory.sourceOf(host).ifPresent(p -> {
            m.put("inventory_dir", p.getParent() == null ? p.toString() : p.getParent().toString());
            m.put("inventory_file", p.toString());
        });
        return m;
    }

    private static Map<String, Object> groupsMagic(Inventory inventory) {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Group> e : inventory.groups().entrySet()) {
            groups.put(e.getKey(), membersOf(inventory, e.getKey()));
        }
        return new ResolvedMap(groups);
    }

    private static List<String> membersOf(Inventory inventory, String group) {
        List<String> names = new ArrayList<>();
        for (Host h : inventory.select(group)) {
            names.add(h.name());
        }
        return Collections.unmodifiableList(names);
    }

    /** {@code hostvars}: every host's variables, computed when a host is looked up. */
    private final class HostVarsView extends AbstractMap<String, Object> implements Resolved, PythonClass {
        private final PlayVars play;

        @Override
        public String pythonClass() {
            return "ansible.vars.hostvars.HostVars";
        }

        @Override
        public String undefinedName(Object key) {
            return "hostvars[" + io.jplay.template.PythonRepr.repr(key) + "]";
        }

        HostVarsView(PlayVars play) {
            this.play = play;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String name)) {
                return null;
            }
            return inventory.host(name).map(h -> (Object) new HostVariables(hostVars(h, null), templater)).orElse(null);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && inventory.host(name).isPresent();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new LinkedHashMap<>();
            for (Host h : inventory.hosts()) {
                all.put(h.name(), new HostVariables(hostVars(h, null), templater));
            }
            return all.entrySet();
        }
    }
}
