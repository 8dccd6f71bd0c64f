package io.jplay.slice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Matches the entries of one slice's list (plays, or a play's tasks) with those already merged: the
 * n-th entry with a key in one list is the n-th with that key in the other. An entry only one slice
 * has (a task that every host of the other slices had left by failing) goes in after the entry
 * matched before it, which keeps the run's order.
 */
final class Aligner {
    private Aligner() {
    }

    static <T> void align(List<T> merged, List<T> incoming, Function<T, String> key, BiConsumer<T, T> combine) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, T> byKey = new HashMap<>();
        for (T entry : merged) {
            byKey.put(key.apply(entry) + "\u0001" + counts.merge(key.apply(entry), 1, Integer::sum), entry);
        }
        counts.clear();
        int last = -1;
        for (T entry : incoming) {
            String k = key.apply(entry);
            T match = byKey.get(k + "\u0001" + counts.merge(k, 1, Integer::sum));
            if (match != null) {
                last = indexOf(merged, match, last + 1);
                combine.accept(match, entry);
            } else {
                merged.add(++last, entry);
            }
        }
    }

    /** Where {@code entry} itself is, looking from {@code from} on first (the usual case) and then before. */
    private static <T> int indexOf(List<T> list, T entry, int from) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i) == entry) {
                return i;
            }
        }
        for (int i = 0; i < Math.min(from, list.size()); i++) {
            if (list.get(i) == entry) {
                return i;
            }
        }
        throw new IllegalStateException("a matched entry is always in the merged list");
    }
}
