package io.jplay.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The settings that shape how inventory sources load, with Ansible's names.
 *
 * @param enabledPlugins {@code [inventory] enable_plugins}: the plugins tried on each source, in order
 * @param unparsedWarning {@code inventory_unparsed_warning}: warn when no source was parsed
 * @param unparsedIsFailed {@code unparsed_is_failed}: no parsed source is an error
 * @param anyUnparsedIsFailed {@code any_unparsed_is_failed}: any unparsable source is an error
 * @param groupNameChars {@code force_valid_group_names}: {@code never}, {@code always}, {@code ignore}
 *     or {@code silently}
 * @param localhostWarning {@code localhost_warning}: warn that the inventory has no hosts
 * @param home what a source's leading {@code ~} stands for (null: left as written)
 * @param templating Jinja2 for {@code constructed} configs
 * @param foreign the inventory plugins jplay does not implement, run by ansible-core
 * @param scriptStderr {@code [inventory_plugin_script] always_show_stderr}: show a script's stderr when it succeeds
 * @param extraVars the run's extra vars, which {@code constructed} composes with when {@code use_extra_vars} is on
 * @param useExtraVars {@code [inventory_plugins] use_extra_vars}: the default of that option
 * @param mergeHashes {@code hash_behaviour = merge}: a mapping a host or group gets again (a second source)
 *     is merged into the one it has, as Ansible's {@code set_variable} combines them
 */
public record InventorySettings(List<String> enabledPlugins, boolean unparsedWarning, boolean unparsedIsFailed,
        boolean anyUnparsedIsFailed, String groupNameChars, boolean localhostWarning, Path home,
        InventoryTemplating templating, ForeignInventoryPlugins foreign, boolean scriptStderr,
        Map<String, Object> extraVars, boolean useExtraVars, boolean mergeHashes) {

    /** Ansible's default plugin order. */
    public static final List<String> DEFAULT_PLUGINS = List.of("host_list", "script", "auto", "yaml", "ini", "toml");

    public InventorySettings {
        enabledPlugins = List.copyOf(enabledPlugins);
        extraVars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraVars));
    }

    /** Settings with Ansible's default {@code hash_behaviour = replace}. */
    public InventorySettings(List<String> enabledPlugins, boolean unparsedWarning, boolean unparsedIsFailed,
            boolean anyUnparsedIsFailed, String groupNameChars, boolean localhostWarning, Path home,
            InventoryTemplating templating, ForeignInventoryPlugins foreign, boolean scriptStderr,
            Map<String, Object> extraVars, boolean useExtraVars) {
        this(enabledPlugins, unparsedWarning, unparsedIsFailed, anyUnparsedIsFailed, groupNameChars, localhostWarning,
                home, templating, foreign, scriptStderr, extraVars, useExtraVars, false);
    }

    /** Settings without foreign plugins, a script's stderr always shown. */
    public InventorySettings(List<String> enabledPlugins, boolean unparsedWarning, boolean unparsedIsFailed,
            boolean anyUnparsedIsFailed, String groupNameChars, boolean localhostWarning, Path home,
            InventoryTemplating templating) {
        this(enabledPlugins, unparsedWarning, unparsedIsFailed, anyUnparsedIsFailed, groupNameChars, localhostWarning,
                home, templating, ForeignInventoryPlugins.NONE, true, Map.of(), false);
    }

    /** Ansible's defaults, with the given localhost warning and home and no templating. */
    public static InventorySettings defaults(boolean localhostWarning, Path home) {
        return new InventorySettings(DEFAULT_PLUGINS, true, false, false, "never", localhostWarning, home,
                InventoryTemplating.NONE);
    }

    /** The same settings with another templating. */
    public InventorySettings withTemplating(InventoryTemplating t) {
        return new InventorySettings(enabledPlugins, unparsedWarning, unparsedIsFailed, anyUnparsedIsFailed,
                groupNameChars, localhostWarning, home, t, foreign, scriptStderr, extraVars, useExtraVars, mergeHashes);
    }
}
