package io.jplay.template;

import io.jplay.python.IdentityMarks;
import io.jplay.yaml.YamlStrings;
import java.util.Set;

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
 * <p>Jinja2's {@code Markup} (what {@code escape}, {@code forceescape} and {@code safe} return) is marked
 * the same way: the {@code escaped} test and {@code type_debug} see it, and {@code escape} passes it on as it is.
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

    /** What a marked instance stands for. */
    private enum Kind {
        /** a {@code !vault} value's plaintext (its object has the run's vault) */
        VAULT,
        /** the {@code vault} filter's {@code wrap_object=True} result: an encrypted object without a vault, whose text is its ciphertext */
        WRAPPED,
        /** a string-type filter's {@code NativeJinjaText} */
        NATIVE,
        /** Jinja2's {@code Markup}: text the escape filters and {@code safe} made */
        MARKUP
    }

    private final IdentityMarks<Kind> marked = new IdentityMarks<>();
    private final YamlStrings loaded;

    /** @param loaded the strings the run's YAML loader made ({@code AnsibleUnicode}) */
    VaultPlaintexts(YamlStrings loaded) {
        this.loaded = loaded;
    }

    private static String shortName(String filter) {
        return filter.substring(filter.lastIndexOf('.') + 1);
    }

    /** Whether {@code value} is a string as the YAML loader made it (Ansible's {@code AnsibleUnicode}). */
    boolean isLoaded(Object value) {
        return loaded.contains(value);
    }

    /**
     * {@code value} as text Python made anew (what Ansible's concat reads back from rendered text): a marked or
     * loaded string becomes an unmarked copy.
     */
    Object newText(Object value) {
        Object p = plain(value);
        return p == value && loaded.contains(value) ? new String((String) value) : p;
    }

    /**
     * The result of string method {@code self.name(...)}: new text, also where Java hands back the receiver
     * ({@code lower} of lower-case text), as Python's methods of a {@code str} subclass give a plain {@code str}.
     */
    Object afterMethod(Object self, Object result) {
        if (!(self instanceof String)) {
            return result;
        }
        return result == self && loaded.contains(self) ? new String((String) self) : plain(result);
    }

    /** A fresh String instance of {@code plaintext}, known from now on as a vault value. */
    String mark(String plaintext) {
        return mark(plaintext, Kind.VAULT);
    }

    /** A fresh String instance of {@code ciphertext}: the vault filter's encrypted object that has no vault. */
    String markWrapped(String ciphertext) {
        return mark(ciphertext, Kind.WRAPPED);
    }

    /** A fresh String instance of {@code text}, known from now on as Ansible's {@code NativeJinjaText}. */
    String markNative(String text) {
        return mark(text, Kind.NATIVE);
    }

    /** A fresh String instance of {@code text}, known from now on as Jinja2's {@code Markup} (already safe HTML). */
    String markMarkup(String text) {
        return mark(text, Kind.MARKUP);
    }

    /** Whether {@code value} is Jinja2's {@code Markup} (the {@code escaped} test: it has {@code __html__}). */
    boolean isMarkup(Object value) {
        return kind(value) == Kind.MARKUP;
    }

    private String mark(String text, Kind kind) {
        String own = new String(text);
        marked.put(own, kind);
        return own;
    }

    private Kind kind(Object value) {
        return value instanceof String ? marked.get(value) : null;
    }

    /**
     * Whether {@code value} is one of Ansible's encrypted objects ({@code AnsibleVaultEncryptedUnicode}):
     * a {@code !vault} value, decrypted or not, or the {@code vault} filter's wrapped result.
     */
    boolean isVaultValue(Object value) {
        Kind k = kind(value);
        return value instanceof io.jplay.yaml.VaultText || k == Kind.VAULT || k == Kind.WRAPPED;
    }

    /**
     * Ansible's {@code vault_encrypted} test: {@code value.is_encrypted()} of an encrypted object, which is
     * its vault (None for the filter's wrapped object, whose test gives None) and then true; false for anything else.
     */
    Object vaultEncrypted(Object value) {
        Kind k = kind(value);
        return k == Kind.WRAPPED ? null : value instanceof io.jplay.yaml.VaultText || k == Kind.VAULT;
    }

    /** Whether {@code value} is a string-type filter's text as it returned it (Ansible's {@code NativeJinjaText}). */
    boolean isNativeText(Object value) {
        return kind(value) == Kind.NATIVE;
    }

    /** {@code value} as new text: a vault plaintext or Markup becomes an unmarked copy, anything else is itself. */
    Object plain(Object value) {
        Kind k = kind(value);
        return k == Kind.VAULT || k == Kind.WRAPPED || k == Kind.MARKUP ? new String((String) value) : value;
    }

    /**
     * The result of filter {@code name} (qualified or not) given {@code input}: new text unless the filter passes
     * its input on (a loaded string Java's {@code trim} hands back is, in Python, a new {@code str}).
     */
    Object afterFilter(String name, Object input, Object result) {
        Kind kind = kind(result);
        if (kind == null) {
            return result == input && loaded.contains(result) && !PASS_THROUGH.contains(shortName(name))
                    ? new String((String) result) : result;
        }
        String shortName = shortName(name);
        boolean keeps = PASS_THROUGH.contains(shortName) || kind == Kind.NATIVE && Library.STRING_TYPE_FILTERS.contains(shortName)
                || kind == Kind.WRAPPED && shortName.equals("vault") || kind == Kind.MARKUP;
        return keeps ? result : new String((String) result);
    }
}
