package io.jplay.factcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the cache plugin the settings name ({@code fact_caching} and its {@code fact_caching_*} options). */
public final class FactCaches {
    private FactCaches() {
    }

    /**
     * @param plugin {@code memory} or {@code jsonfile} (also as {@code ansible.builtin.<name>})
     * @param connection the jsonfile directory ({@code ~} already expanded), or null
     * @throws FactCacheException with Ansible's message when the plugin is unknown or its directory unusable
     */
    public static FactCache open(String plugin, String connection, String prefix, long timeoutSeconds, Clock clock)
            throws FactCacheException {
        String name = plugin == null ? "memory" : plugin.startsWith("ansible.builtin.")
                ? plugin.substring("ansible.builtin.".length()) : plugin;
        switch (name) {
            case "memory":
                return new MemoryFactCache();
            case "jsonfile":
                if (connection == null || connection.isEmpty()) {
                    throw new FactCacheException("error, 'jsonfile' cache plugin requires the 'fact_caching_connection'"
                            + " config option to be set (to a writeable directory path)");
                }
                Path dir = Path.of(connection);
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new FactCacheException("error in 'jsonfile' cache plugin while trying to create cache dir "
                            + dir + " : " + e.getMessage());
                }
                return new JsonFileFactCache(dir, prefix == null ? "" : prefix, timeoutSeconds, clock);
            default:
                throw new FactCacheException("Unable to load the facts cache plugin (" + plugin + ").");
        }
    }
}
