package io.jplay.template;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plaintexts of {@code !vault} values, known by identity. Ansible hands an inline vault value
 * around as one object (its {@code AnsibleVaultEncryptedUnicode}) until something makes new text
 * from it, and the {@code vault_encrypted} test asks for that object. jplay decrypts such a value
 * into a String instance of its own and remembers the instance (weakly, so it lives as long as the
 * variable that holds it): variable lookups, subscripts, literals, conditionals and the filters that
 * return an element they were given pass the instance on, and everything that makes text
 * ({@link #plain}) gives an unmarked copy, so {@code x | trim is vault_encrypted} is false as in
 * Ansible even where Java's {@code trim} returns its receiver. Safe for many threads.
 */
final class VaultPlaintexts {
    /** Filters that return (an element of) their input unchanged, as Python returns the same object. */
    private static final Set<String> PASS_THROUGH = Set.of("default", "d", "first", "last", "random", "min", "max",
            "ternary", "mandatory", "extract", "attr");

    private final Map<Key, Boolean> marked = new ConcurrentHashMap<>();
    private final ReferenceQueue<String> collected = new ReferenceQueue<>();

    /** A fresh String instance of {@code plaintext}, known from now on as a vault value. */
    String mark(String plaintext) {
        for (Reference<? extends String> r = collected.poll(); r != null; r = collected.poll()) {
            marked.remove((Key) r);
        }
        String own = new String(plaintext);
        marked.put(new Weak(own, collected), Boolean.TRUE);
        return own;
    }

    /** Whether {@code value} is a vault value's plaintext as decrypted (Ansible's {@code vault_encrypted}). */
    boolean isVaultValue(Object value) {
        return value instanceof String && !marked.isEmpty() && marked.containsKey(new Probe(value));
    }

    /** {@code value} as new text: a vault plaintext becomes an unmarked copy, anything else is itself. */
    Object plain(Object value) {
        return isVaultValue(value) ? new String((String) value) : value;
    }

    /** The result of filter {@code name} (qualified or not): new text unless the filter passes its input on. */
    Object afterFilter(String name, Object result) {
        if (!isVaultValue(result)) {
            return result;
        }
        return PASS_THROUGH.contains(name.substring(name.lastIndexOf('.') + 1)) ? result : new String((String) result);
    }

    /** A key compared by the identity of what it refers to. */
    private interface Key {
        Object referent();
    }

    private static final class Weak extends WeakReference<String> implements Key {
        private final int hash;

        Weak(String s, ReferenceQueue<String> queue) {
            super(s, queue);
            this.hash = System.identityHashCode(s);
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
