package io.jplay.inventory;

import java.util.List;
import java.util.Map;

/**
 * The seam through which inventory plugins jplay does not implement run under the controller's
 * ansible-core (an {@code inventory_plugins/} directory, a configured path, a collection, or
 * ansible-core's own {@code toml}/{@code generator}); wired in {@code cli} to the plugin bridge. A
 * plugin's {@code parse} runs on a copy of the inventory so far and answers the changes it made,
 * which {@link ForeignPlugin} replays on jplay's inventory.
 */
public interface ForeignInventoryPlugins {

    /** Whether ansible-core's loader finds a plugin of that name; throws when no controller Python can tell. */
    boolean exists(String name);

    /** The plugin's {@code verify_file(source)} (false when it raises). */
    boolean verify(String name, String source);

    /**
     * Runs the plugin's {@code parse} on {@code state} ({@code groups}: [name, vars, children] lists,
     * {@code hosts}: [name, vars, groups] lists) and answers its changes: {@code [group, NAME]},
     * {@code [host, NAME]}, {@code [child, PARENT, CHILD]}, {@code [member, GROUP, HOST]},
     * {@code [groupvar, GROUP, KEY, VALUE]}, {@code [hostvar, HOST, KEY, VALUE]}, in that order.
     * A plugin's failure is an {@link InventoryException} with the plugin's message.
     */
    List<List<Object>> parse(String name, String source, Map<String, Object> state);

    /** No foreign plugins: every name is unknown. */
    ForeignInventoryPlugins NONE = new ForeignInventoryPlugins() {
        @Override
        public boolean exists(String name) {
            return false;
        }

        @Override
        public boolean verify(String name, String source) {
            return false;
        }

        @Override
        public List<List<Object>> parse(String name, String source, Map<String, Object> state) {
            throw new InventoryException("inventory plugin '" + name + "' is not available");
        }
    };
}
