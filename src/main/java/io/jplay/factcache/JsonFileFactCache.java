package io.jplay.factcache;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ansible's {@code jsonfile} cache plugin: one file per host, {@code <connection>/<prefix><host>},
 * holding the facts as {@code json.dumps(facts, sort_keys=True, indent=4)}, so ansible-playbook and
 * jplay read each other's cache. A file older than the timeout (seconds; 0 never expires) is absent.
 */
public final class JsonFileFactCache implements FactCache {
    private final Path dir;
    private final String prefix;
    private final long timeoutSeconds;
    private final Clock clock;

    JsonFileFactCache(Path dir, String prefix, long timeoutSeconds, Clock clock) {
        this.dir = dir;
        this.prefix = prefix;
        this.timeoutSeconds = timeoutSeconds;
        this.clock = clock;
    }

    private Path file(String host) {
        return dir.resolve(prefix + host);
    }

    @Override
    public Map<String, Object> get(String host) {
        Path f = file(host);
        try {
            if (!Files.isRegularFile(f) || expired(f)) {
                return Map.of();
            }
            Object data = JsonParser.parse(Files.readString(f, StandardCharsets.UTF_8));
            if (data instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            return Map.of();
        } catch (IOException | JsonException e) {
            return Map.of(); // an unreadable or corrupt file holds no facts
        }
    }

    private boolean expired(Path f) throws IOException {
        if (timeoutSeconds == 0) {
            return false;
        }
        long age = clock.millis() - Files.getLastModifiedTime(f).toMillis();
        return age > timeoutSeconds * 1000;
    }

    @Override
    public synchronized void put(String host, Map<String, Object> facts) {
        Path f = file(host);
        try {
            Path tmp = Files.createTempFile(dir, ".", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, JsonWriter.python().sortKeys(true).indent(4).write(facts), StandardCharsets.UTF_8);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException | JsonWriter.Unencodable e) {
            // as Ansible's plugin: a cache that cannot be written only loses the facts for later runs
        }
    }

    @Override
    public synchronized void remove(String host) {
        try {
            Files.deleteIfExists(file(host));
        } catch (IOException e) {
            // nothing to forget
        }
    }
}
