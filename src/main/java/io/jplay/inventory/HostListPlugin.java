package io.jplay.inventory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Ansible's {@code host_list} and {@code advanced_host_list} plugins: a source that is not a path
 * and holds a comma is a list of hosts ({@code "a,b:2222,"}), added to {@code ungrouped}. The
 * advanced form also expands ranges ({@code "web[1:3],"}); a name whose range Ansible rejects
 * ({@code web[1:]}) is kept as written, while one Python cannot read ({@code web[1:j]}) fails the source.
 */
final class HostListPlugin implements InventoryPlugin {
    private final String name;
    private final boolean ranges;
    private final Path cwd;

    /**
     * @param name the configured name
     * @param ranges true for {@code advanced_host_list}
     * @param cwd where relative paths are looked for (a list naming an existing file is a path)
     */
    HostListPlugin(String name, boolean ranges, Path cwd) {
        this.name = name;
        this.ranges = ranges;
        this.cwd = cwd;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean verify(String source) {
        return source.contains(",") && !Files.exists(cwd.resolve(source));
    }

    @Override
    public void parse(InventoryBuilder builder, String source) {
        builder.currentSource(null);
        try {
            addHosts(builder, source);
        } catch (InventoryException e) {
            throw new InventoryException("Invalid data from string, could not parse: " + e.getMessage(), e);
        }
    }

    private void addHosts(InventoryBuilder builder, String source) {
        for (String item : source.split(",", -1)) {
            String h = item.strip();
            if (h.isEmpty()) {
                continue;
            }
            HostNames.Address a = HostNames.parseAddress(h);
            List<String> names = List.of(a.pattern());
            if (ranges) {
                try {
                    names = HostNames.expand(a.pattern());
                } catch (HostNames.BadRange e) {
                    builder.details("Unable to parse address from hostname, leaving unchanged: " + e.getMessage());
                    names = List.of(h);
                    a = new HostNames.Address(h, null);
                }
            }
            for (String host : names) {
                if (!builder.hosts.containsKey(host)) {
                    builder.addHost(host, InventoryBuilder.UNGROUPED, a.port());
                }
            }
        }
    }
}
