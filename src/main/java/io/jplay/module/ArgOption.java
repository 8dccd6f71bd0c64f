package io.jplay.module;

import java.util.List;

/**
 * One option of a module's argument spec.
 *
 * @param name the option's name
 * @param type how values are converted
 * @param required whether the option must be given
 * @param defaultValue the value used when the option is absent, or {@code null}
 * @param aliases other names the option may be given under
 * @param choices the allowed values (compared after conversion), or empty for any
 * @param elements the type of list elements, or {@code null} to keep them as they are
 */
public record ArgOption(String name, ArgType type, boolean required, Object defaultValue,
        List<String> aliases, List<Object> choices, ArgType elements) {

    public ArgOption {
        if (name == null || type == null) {
            throw new IllegalArgumentException("name and type are required");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An optional option of this type without default. */
    public static ArgOption of(String name, ArgType type) {
        return new ArgOption(name, type, false, null, List.of(), List.of(), null);
    }

    public ArgOption asRequired() {
        return new ArgOption(name, type, true, defaultValue, aliases, choices, elements);
    }

    public ArgOption withDefault(Object value) {
        return new ArgOption(name, type, required, value, aliases, choices, elements);
    }

    public ArgOption withAliases(String... names) {
        return new ArgOption(name, type, required, defaultValue, List.of(names), choices, elements);
    }

    public ArgOption withChoices(Object... values) {
        return new ArgOption(name, type, required, defaultValue, aliases, List.of(values), elements);
    }

    public ArgOption withElements(ArgType elementType) {
        return new ArgOption(name, type, required, defaultValue, aliases, choices, elementType);
    }
}
