package io.jplay.module;

import io.jplay.python.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A module's declared arguments, validated the way Ansible's {@code ArgumentSpecValidator} does:
 * aliases, unsupported parameters, mutually exclusive groups, required options, type conversion,
 * choices, then {@code required_one_of}, each with Ansible's message. The first error wins, except
 * that unsupported parameters are reported only when nothing else is wrong.
 *
 * <p>Instances are immutable and shared by every run of a module.
 */
public final class ArgSpec {
    private final List<ArgOption> options;
    private final List<List<String>> mutuallyExclusive;
    private final List<List<String>> requiredOneOf;

    private ArgSpec(List<ArgOption> options, List<List<String>> mutuallyExclusive, List<List<String>> requiredOneOf) {
        this.options = List.copyOf(options);
        this.mutuallyExclusive = List.copyOf(mutuallyExclusive);
        this.requiredOneOf = List.copyOf(requiredOneOf);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The outcome of validation: the normalised parameters (defaults filled in), the first error, warnings, and
     * every error in Ansible's order (its {@code error_messages}; unsupported parameters last).
     */
    public record Validation(Map<String, Object> params, String error, List<String> warnings, List<String> errors) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Validates and normalises {@code args} for a module that reports {@code invocation}: on error
     * the exception's result carries {@code invocation.module_args} like Ansible's.
     *
     * @param moduleName the name used in "Unsupported parameters for (name) module"
     */
    public Map<String, Object> validate(String moduleName, Map<String, Object> args) throws ModuleException {
        Validation v = check(moduleName, args);
        if (!v.ok()) {
            throw new ModuleException(v.error(), Map.of("invocation", invocation(v.params())));
        }
        return v.params();
    }

    /** As {@link #validate} for an action that runs on the controller: errors carry no invocation. */
    public Map<String, Object> validateAction(String moduleName, Map<String, Object> args) throws ModuleException {
        Validation v = check(moduleName, args);
        if (!v.ok()) {
            throw new ModuleException(v.error());
        }
        return v.params();
    }

    /** {@code {module_args: params}}: the {@code invocation} key of a module's result. */
    public static Map<String, Object> invocation(Map<String, Object> params) {
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("module_args", params);
        return inv;
    }

    /** Runs every check and reports instead of throwing. */
    public Validation check(String moduleName, Map<String, Object> args) {
        Map<String, Object> params = new LinkedHashMap<>(args == null ? Map.of() : args);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        applyAliases(params, warnings);
        TreeSet<String> unsupported = unsupported(params);
        checkMutuallyExclusive(params, errors);
        for (ArgOption o : options) {
            if (!params.containsKey(o.name()) && o.defaultValue() != null) {
                params.put(o.name(), o.defaultValue());
            }
        }
        checkRequired(params, errors);
        convertTypes(params, errors);
        checkChoices(params, errors);
        checkRequiredOneOf(params, errors);
        for (ArgOption o : options) {
            params.putIfAbsent(o.name(), null);
        }
        if (!unsupported.isEmpty()) {
            // without a module name (a role's argument spec) Ansible's message starts with the names
            errors.add((moduleName == null ? "" : "Unsupported parameters for (" + moduleName + ") module: ")
                    + String.join(", ", unsupported) + ". Supported parameters include: " + supportedList() + ".");
        }
        return new Validation(params, errors.isEmpty() ? null : errors.get(0), warnings, List.copyOf(errors));
    }

    private void applyAliases(Map<String, Object> params, List<String> warnings) {
        for (ArgOption o : options) {
            for (String alias : o.aliases()) {
                if (params.containsKey(alias)) {
                    if (params.containsKey(o.name())) {
                        warnings.add("Both option " + o.name() + " and its alias " + alias + " are set.");
                    }
                    params.put(o.name(), params.get(alias));
                }
            }
        }
    }

    private TreeSet<String> unsupported(Map<String, Object> params) {
        TreeSet<String> legal = new TreeSet<>();
        for (ArgOption o : options) {
            legal.add(o.name());
            legal.addAll(o.aliases());
        }
        TreeSet<String> unknown = new TreeSet<>();
        for (String key : params.keySet()) {
            if (!legal.contains(key) && !key.startsWith("_ansible_")) {
                unknown.add(key);
            }
        }
        return unknown;
    }

    private String supportedList() {
        TreeSet<String> names = new TreeSet<>();
        TreeSet<String> aliases = new TreeSet<>();
        for (ArgOption o : options) {
            names.add(o.name());
            aliases.addAll(o.aliases());
        }
        String list = String.join(", ", names);
        return aliases.isEmpty() ? list : list + " (" + String.join(", ", aliases) + ")";
    }

    private void checkMutuallyExclusive(Map<String, Object> params, List<String> errors) {
        for (List<String> group : mutuallyExclusive) {
            if (group.stream().filter(params::containsKey).count() > 1) {
                errors.add("parameters are mutually exclusive: " + String.join("|", group));
                return;
            }
        }
    }

    private void checkRequired(Map<String, Object> params, List<String> errors) {
        TreeSet<String> missing = new TreeSet<>();
        for (ArgOption o : options) {
            if (o.required() && !params.containsKey(o.name())) {
                missing.add(o.name());
            }
        }
        if (!missing.isEmpty()) {
            errors.add("missing required arguments: " + String.join(", ", missing));
        }
    }

    private void convertTypes(Map<String, Object> params, List<String> errors) {
        for (ArgOption o : options) {
            Object value = params.get(o.name());
            if (value == null) {
                continue;
            }
            try {
                Object converted = o.type().convert(value);
                if (o.elements() != null && converted instanceof List<?> list) {
                    converted = convertElements(o, list);
                }
                params.put(o.name(), converted);
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage().startsWith("Elements value") ? e.getMessage()
                        : "argument '" + o.name() + "' is of type " + PyRepr.typeName(value)
                                + " and we were unable to convert to " + o.type().label() + ": " + e.getMessage());
            }
        }
    }

    private static List<Object> convertElements(ArgOption o, List<?> list) {
        List<Object> out = new ArrayList<>();
        for (Object element : list) {
            try {
                out.add(element == null ? null : o.elements().convert(element));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Elements value for option '" + o.name() + "' is of type "
                        + PyRepr.typeName(element) + " and we were unable to convert to " + o.elements().label()
                        + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private void checkChoices(Map<String, Object> params, List<String> errors) {
        for (ArgOption o : options) {
            if (o.choices().isEmpty() || !params.containsKey(o.name())) {
                continue;
            }
            Object value = params.get(o.name());
            List<String> choiceText = o.choices().stream().map(PyRepr::str).toList();
            if (value instanceof List<?> list) {
                List<String> bad = list.stream().filter(v -> v == null || !o.choices().contains(v)).map(PyRepr::str).toList();
                if (!bad.isEmpty()) {
                    errors.add("value of " + o.name() + " must be one or more of: " + String.join(", ", choiceText)
                            + ". Got no match for: " + String.join(", ", bad));
                }
            } else if (value == null || !o.choices().contains(value)) {
                errors.add("value of " + o.name() + " must be one of: " + String.join(", ", choiceText)
                        + ", got: " + PyRepr.str(value));
            }
        }
    }

    private void checkRequiredOneOf(Map<String, Object> params, List<String> errors) {
        for (List<String> group : requiredOneOf) {
            if (group.stream().noneMatch(params::containsKey)) {
                errors.add("one of the following is required: " + String.join(", ", group));
                return;
            }
        }
    }

    /** Collects options and cross-option rules. */
    public static final class Builder {
        private final List<ArgOption> options = new ArrayList<>();
        private final List<List<String>> mutuallyExclusive = new ArrayList<>();
        private final List<List<String>> requiredOneOf = new ArrayList<>();

        private Builder() {
        }

        public Builder option(ArgOption option) {
            options.add(option);
            return this;
        }

        /** Shorthand for an optional option without default. */
        public Builder option(String name, ArgType type) {
            return option(ArgOption.of(name, type));
        }

        /** Shorthand for an optional option with a default. */
        public Builder option(String name, ArgType type, Object defaultValue) {
            return option(ArgOption.of(name, type).withDefault(defaultValue));
        }

        public Builder mutuallyExclusive(String... names) {
            mutuallyExclusive.add(List.of(names));
            return this;
        }

        public Builder requiredOneOf(String... names) {
            requiredOneOf.add(List.of(names));
            return this;
        }

        public ArgSpec build() {
            return new ArgSpec(options, mutuallyExclusive, requiredOneOf);
        }
    }
}
