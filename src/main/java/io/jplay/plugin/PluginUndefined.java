package io.jplay.plugin;

/**
 * An undefined value crossing the bridge: sent, a plugin receives Ansible's {@code AnsibleUndefined}
 * that raises {@code message} when used; received, a plugin returned one.
 *
 * @param name the variable's name when known, else {@code null}
 * @param message what using the value raises ({@code 'x' is undefined})
 */
public record PluginUndefined(String name, String message) {
}
