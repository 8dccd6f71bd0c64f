package io.jplay.template;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plaintexts of {@code !vault} values, and the texts of Ansible's string-type filters
 * ({@code NativeJinjaText}), known by identity. Ansible hands an inline vault value
 * around as one object (its {@code AnsibleVaultEncryptedUnicode}) until something makes new text
 * from it, and the {@code vault_encrypted} test asks for that object. jplay decrypts such a value
 * into a String instance of its own and remembers the instance (weakly, so it lives as long as the
 * variable that holds it): variable lookups, subscripts, literals, conditionals and the filters that
 * return an element they were given pass the instance on, and everything that makes text
 * ({@link #plain}) gives an unmarked copy, so {@code x | trim is vault_encrypted} is false as in
 * Ansible even where Java's {@code trim} returns its receiver.
 *
 * <p>The text a string-type filter ({@code string}, {@code to_json}, {@code to_yaml}...) returns is
 * Ansible's {@code NativeJinjaText}: kept as the same object through a variable, never read back as
 * a literal, shown by {@code type_debug}; the same identity marks carry it (one map, so a filter's
 * result is looked up once for both). Safe for many threads.
 */
final class VaultPlaintexts {
    /** Filters that return (an element of) their input unchanged, as Python returns the same object. */
    private static final Set<String> PASS_THROUGH = Set.of("default", "d", "first", "last", "random", "min", "max",
            "ternary", "mandatory", "extract", "attr");

    /** Boolean.TRUE marks a vault plaintext, Boolean.FALSE a native text. */
    private final Map<Key, Boolean> marked = new ConcurrentHashMap<>();
    private final ReferenceQueue<String> collected = new ReferenceQueue<>();

    /** A fresh String instance of {@code plaintext}, known from now on as a vault value. */
    String mark(String plaintext) {
        return mark(plaintext, Boolean.TRUE);
    }

    /** A fresh String instance of {@code text}, known from now on as Ansible's {@code NativeJinjaText}. */
    String markNative(String text) {
        return mark(text, Boolean.FALSE);
    }

    private String mark(String text, Boolean vault) {
        for (Reference<? extends String> r = collected.poll(); r != null; r = collected.poll()) {
            marked.remove((Key) r);
        }
        String own = new String(text);
        marked.put(new Weak(own, collected), vault);
        return own;
    }

    private Boolean kind(Object value) {
        return value instanceof String && !marked.isEmpty() ? marked.get(new Probe(value)) : null;
    }

    /** Whether {@code value} is a vault value's plaintext as decrypted (Ansible's {@code vault_encrypted}). */
    boolean isVaultValue(Object value) {
        return Boolean.TRUE.equals(kind(value));
    }

    /** Whether {@code value} is a string-type filter's text as it returned it (Ansible's {@code NativeJinjaText}). */
    boolean isNativeText(Object value) {
        return Boolean.FALSE.equals(kind(value));
    }

    /** {@code value} as new text: a vault plaintext becomes an unmarked copy, anything else is itself. */
    Object plain(Object value) {
        return isVaultValue(value) ? new String((String) value) : value;
    }

    /** The result of filter {@code name} (qualified or not): new text unless the filter passes its input on. */
    Object afterFilter(String name, Object result) {
        Boolean kind = kind(result);
        if (kind == null) {
            return result;
        }
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        boolean keeps = PASS_THROUGH.contains(shortName) || !kind && Library.STRING_TYPE_FILTERS.contains(shortName);
        return keeps ? result : new String((String) result);
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
