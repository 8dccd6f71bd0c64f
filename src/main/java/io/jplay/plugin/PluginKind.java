package io.jplay.plugin;

/** The controller-side plugin families the bridge runs, with their directory name next to playbooks and roles. */
public enum PluginKind {
    FILTER("filter", "filter_plugins"),
    TEST("test", "test_plugins"),
    LOOKUP("lookup", "lookup_plugins"),
    INVENTORY("inventory", "inventory_plugins");

    private final String wireName;
    private final String subdir;

    PluginKind(String wireName, String subdir) {
        this.wireName = wireName;
        this.subdir = subdir;
    }

    /** The name the Python side knows the family by ({@code filter}, {@code test}, {@code lookup}, {@code inventory}). */
    public String wireName() {
        return wireName;
    }

    /** The directory beside a playbook or inside a role ({@code filter_plugins}). */
    public String subdir() {
        return subdir;
    }
}
