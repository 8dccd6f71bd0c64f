package io.jplay.plugin;

import java.util.List;

/** A Python tuple crossing the bridge (a plugin's result or argument), kept apart from a list. */
public record PluginTuple(List<Object> items) {

    public PluginTuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
