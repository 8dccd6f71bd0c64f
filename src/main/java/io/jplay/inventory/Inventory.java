package io.jplay.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded inventory: hosts, groups and their variables. Immutable once loaded; safe to share
 * between threads.
 */
public interface Inventory {

    /** Every host, in the order the inventory first names them. */
    List<Host> hosts();

    Optional<Host> host(String name);

    /** Every group by name, {@code all} and {@code ungrouped} included. */
    Map<String, Group> groups();

    /**
     * The groups {@code host} belongs to (directly or through children), {@code all} included,
     * ordered as Ansible applies their variables: by depth, then priority, then name; so later
     * groups win.
     */
    List<Group> groupsOf(Host host);

    /**
     * The hosts a pattern selects, in inventory order: {@code all}, {@code *}, names, groups,
     * wildcards, {@code ~regex}, {@code a:b}, {@code a:&b}, {@code a:!b}, {@code group[0:2]}.
     * With no explicit {@code localhost} in the inventory, {@code localhost} (and
     * {@code 127.0.0.1}) select the implicit local host.
     */
    List<Host> select(String pattern);

    /** The implicit {@code localhost} (local connection, {@code ansible_python_interpreter} aside). */
    Host implicitLocalhost();

    /** The directories of the inventory sources ({@code inventory_dir}) by host; may be empty. */
    Optional<Path> sourceOf(Host host);
}
