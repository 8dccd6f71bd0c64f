package io.jplay.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The loaded inventory: hosts, groups and their variables. Immutable once loaded; safe to share
 * between threads.
 */
public interface Inventory {

    /** Every host, in the order the inventory first names them. */
    List<Host> hosts();

    /**
     * The named host. As Ansible's get_host, {@code localhost}, {@code 127.0.0.1} and {@code ::1}
     * give the implicit local host when the inventory does not name them.
     */
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
     * {@code 127.0.0.1}) select the implicit local host. Warnings are dropped.
     */
    List<Host> select(String pattern);

    /**
     * As {@link #select(String)}, reporting Ansible's warnings (e.g. {@code Could not match
     * supplied host pattern, ignoring: x}) to {@code warnings}. Union order is Ansible's: each
     * plain term's hosts in turn, new ones appended.
     *
     * @throws InventoryException for an out-of-range subscript or an invalid {@code ~regex}
     */
    List<Host> select(String pattern, Consumer<String> warnings);

    /**
     * As {@link #select(String, Consumer)}, then keeps only hosts the {@code --limit} terms
     * select (see {@link HostPattern#limitTerms}); an empty or null limit keeps all.
     */
    List<Host> select(String pattern, List<String> limitTerms, Consumer<String> warnings);

    /** The implicit {@code localhost} (local connection, {@code ansible_python_interpreter} aside). */
    Host implicitLocalhost();

    /** The inventory source file that first named the host ({@code inventory_file}); empty for host lists. */
    Optional<Path> sourceOf(Host host);
}
