package io.jplay.inventory;

/**
 * One of Ansible's inventory plugins as the loader tries it on a source: {@link #verify} says whether
 * the plugin wants the source (a path or, for host lists, the text itself); {@link #parse} adds what
 * the source holds to the graph, or throws an {@link InventoryException} whose message is what Ansible
 * prints after {@code Failed to parse SOURCE with NAME plugin: }.
 */
interface InventoryPlugin {

    /** The name the failure warnings give (as configured, e.g. {@code ini}). */
    String name();

    /** Ansible's verify_file: whether this plugin attempts the source. */
    boolean verify(String source);

    /** Parses the source into the graph; what was added before a failure stays, as in Ansible. */
    void parse(InventoryBuilder builder, String source);
}
