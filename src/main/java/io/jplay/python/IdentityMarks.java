package io.jplay.python;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks on objects known by identity, held weakly (a mark lives as long as its object): how jplay tells apart
 * equal Java strings that Python would hold as objects of different types ({@code AnsibleUnicode},
 * {@code NativeJinjaText}, a vault value's plaintext). Safe for many threads.
 *
 * @param <V> what a mark says
 */
public final class IdentityMarks<V> {
    private final Map<Key, V> marks = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** Marks {@code referent} (this very instance) with {@code mark}. */
    public void put(Object referent, V mark) {
        for (Reference<?> r = collected.poll(); r != null; r = collected.poll()) {
            marks.remove((Key) r);
        }
        marks.put(new Weak(referent, collected), mark);
    }

    /** The mark of {@code referent} (this very instance), or {@code null}. */
    public V get(Object referent) {
        return referent == null || marks.isEmpty() ? null : marks.get(new Probe(referent));
    }

    /** A key compared by the identity of what it refers to. */
    private interface Key {
        Object referent();
    }

    private static final class Weak extends WeakReference<Object> implements Key {
        private final int hash;

        Weak(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public Object referent() {
            return get();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Key k && get() != null && k.referent() == get();
        }
    }

    private record Probe(Object referent) implements Key {
        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.referent() == referent;
        }
    }
}
