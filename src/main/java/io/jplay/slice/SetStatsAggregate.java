package io.jplay.slice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@code set_stats} data of two slices add up, as {@code aggregate: true} adds up the data of
 * two tasks: mappings merge key by key, lists concatenate, integers add, anything else is replaced.
 */
final class SetStatsAggregate {
    private SetStatsAggregate() {
    }

    @SuppressWarnings("unchecked")
    static Object merge(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) ma);
            ((Map<String, Object>) mb).forEach((k, v) -> out.put(k, out.containsKey(k) ? merge(out.get(k), v) : v));
            return out;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            List<Object> out = new ArrayList<>(la);
            out.addAll(lb);
            return out;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x + y;
        }
        if (a instanceof Integer x && b instanceof Integer y) {
            return (long) x + y;
        }
        return b;
    }
}
