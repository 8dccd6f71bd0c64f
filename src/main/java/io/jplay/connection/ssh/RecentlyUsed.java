package io.jplay.connection.ssh;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code limit} most recently used values by key; using one more pushes out the least recently
 * used, which the caller then closes. Thread-safe.
 */
final class RecentlyUsed<T> {
    private final int limit;
    private final LinkedHashMap<String, T> recent = new LinkedHashMap<>(16, 0.75f, true);

    RecentlyUsed(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** Marks {@code key} as just used; returns the values pushed out (oldest first), usually none. */
    synchronized List<T> use(String key, T value) {
        recent.put(key, value);
        if (recent.size() <= limit) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        Iterator<Map.Entry<String, T>> it = recent.entrySet().iterator();
        while (recent.size() > limit && it.hasNext()) {
            out.add(it.next().getValue());
            it.remove();
        }
        return out;
    }

    synchronized int size() {
        return recent.size();
    }
}
