package io.jplay.playbook.parse;

import io.jplay.python.KvArgs;
import io.jplay.playbook.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds the action of a task mapping and normalises its arguments like Ansible's ModuleArgsParser:
 * {@code action:}/{@code local_action:}, {@code module: args} as mapping, {@code k=v} string or
 * free-form text, with {@code args:} merged underneath.
 */
final class ActionParser {

    /** The detected action as written, its arguments and, for local_action, the implied delegate. */
    record ParsedAction(String action, Map<String, Object> args, Object delegateTo) {
    }

    private final ActionCheck isModule;
    private final Supplier<? extends Collection<String>> moduleNames;

    ActionParser(ActionCheck isModule, Supplier<? extends Collection<String>> moduleNames) {
        this.isModule = isModule;
        this.moduleNames = moduleNames;
    }

    /**
     * @param collections the {@code collections:} in effect, where a short action name is looked up first
     */
    ParsedAction parse(Map<String, Object> ds, SourceLocation at, List<String> collections) throws PlaybookException {
        Map<String, Object> additional = additionalArgs(ds.get("args"), at);
        String action = null;
        Map<String, Object> args = null;
        Object delegateTo = null;
        if (ds.containsKey("action")) {
            ParsedAction p = fromActionValue(ds.get("action"), additional, at);
            action = p.action();
            args = p.args();
        }
        if (ds.containsKey("local_action")) {
            if (action != null) {
                throw new PlaybookException("action and local_action are mutually exclusive", at);
            }
            ParsedAction p = fromActionValue(ds.get("local_action"), additional, at);
            action = p.action();
            args = p.args();
            delegateTo = "localhost";
        }
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, Object> e : ds.entrySet()) {
            String item = e.getKey();
            if (TaskKeywords.TASK.contains(item) || item.startsWith("with_")) {
                continue;
            }
            others.add(item);
            if (action != null) {
                String hint = DidYouMean.suggest(item, TaskKeywords.TASK);
                hint = hint.isEmpty() ? DidYouMean.suggest(action, TaskKeywords.TASK) : hint;
                throw new PlaybookException("conflicting action statements: " + action + ", " + item
                        + (hint.isEmpty() ? "" : "." + hint), at);
            }
            action = item;
            args = normalize(item, e.getValue(), additional, at);
        }
        if (action == null) {
            throw new PlaybookException("no module/action detected in task.", at);
        }
        String module = TaskKeywords.shortName(action);
        boolean templated = action.contains("{{");
        if (!templated && !TaskKeywords.BUILTIN.contains(module) && !known(module, action, collections)) {
            throw new PlaybookException("couldn't resolve module/action '" + action + "'. This often indicates a "
                    + "misspelling, missing collection, or incorrect module path." + suggestion(module), at);
        }
        checkRawParams(module, action, args, at);
        return new ParsedAction(action, args, delegateTo);
    }

    private boolean known(String module, String action, List<String> collections) throws PlaybookException {
        try {
            return isModule.exists(module, collections) || (!module.equals(action) && isModule.exists(action, collections));
        } catch (ActionRemovedException e) {
            throw new PlaybookException(e.getMessage(), SourceLocation.UNKNOWN, 1, false, null);
        }
    }

    private String suggestion(String module) {
        String s = DidYouMean.suggest(module, moduleNames.get());
        return s.isEmpty() ? DidYouMean.suggest(module, TaskKeywords.TASK) : s;
    }

    /**
     * The {@code args} keyword as Ansible's module-args parser takes it: a mapping, or a template that must give
     * one when the task runs ({@code _variable_params}); an empty value is none.
     */
    private static Map<String, Object> additionalArgs(Object value, SourceLocation at) throws PlaybookException {
        if (value == null || value instanceof Map<?, ?> || "".equals(value)) {
            return Fields.map(value);
        }
        if (value instanceof String s) {
            if (s.contains("{{") || s.contains("{%") || s.contains("{#")) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("_variable_params", s);
                return args;
            }
            throw new PlaybookException("Complex args containing variables cannot use bare variables (without Jinja2 "
                    + "delimiters), and must use the full variable style ('{{var_name}}')", at);
        }
        if (value instanceof List<?> l && l.isEmpty() || Boolean.FALSE.equals(value) || Long.valueOf(0).equals(value)) {
            return Map.of();
        }
        throw new PlaybookException("Complex args must be a dictionary or variable string (\"{{var}}\").", at);
    }

    static void checkRawParams(String module, String action, Map<String, Object> args, SourceLocation at)
            throws PlaybookException {
        Object raw = args.get("_raw_params");
        if (raw == null || "".equals(raw) || TaskKeywords.RAW_PARAM_MODULES.contains(module)) {
            return;
        }
        if (String.valueOf(raw).contains("{{") || String.valueOf(raw).contains("{%")) {
            args.remove("_raw_params");
            args.put("_variable_params", raw);
            return;
        }
        throw new PlaybookException("this task '" + action + "' has extra params, which is only allowed in the "
                + "following modules: " + String.join(", ", TaskKeywords.RAW_PARAM_MODULES), at);
    }

    /** {@code action: shell echo hi} or {@code action: {module: shell, ...}}. */
    private ParsedAction fromActionValue(Object thing, Map<String, Object> additional, SourceLocation at)
            throws PlaybookException {
        if (thing instanceof Map<?, ?>) {
            Map<String, Object> m = Fields.map(thing);
            Object module = m.remove("module");
            if (module == null) {
                throw new PlaybookException("no module/action detected in task.", at);
            }
            String[] parts = splitAction(String.valueOf(module));
            Map<String, Object> args = merged(additional, m);
            if (parts.length > 1) {
                args.putAll(kv(parts[1], TaskKeywords.FREEFORM.contains(TaskKeywords.shortName(parts[0])), at));
            }
            return new ParsedAction(parts[0], args, null);
        }
        if (thing instanceof String s) {
            String[] parts = splitAction(s);
            String action = parts[0];
            Map<String, Object> args = parts.length > 1
                    ? kv(parts[1], TaskKeywords.FREEFORM.contains(TaskKeywords.shortName(action)), at)
                    : new LinkedHashMap<>();
            return new ParsedAction(action, merged(additional, args), null);
        }
        throw new PlaybookException("unexpected parameter type in action: " + Fields.pyType(thing), at);
    }

    /**
     * The action and the rest of {@code action: "NAME args"}, split at the first blank outside a
     * {@code {{ ... }}} expression, so that {@code "{{ module }} msg=x"} names the templated module.
     */
    private static String[] splitAction(String text) {
        String s = text.strip();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (s.startsWith("}}", i) && depth > 0) {
                depth--;
                i++;
            } else if (depth == 0 && Character.isWhitespace(s.charAt(i))) {
                return new String[] {s.substring(0, i), s.substring(i).strip()};
            }
        }
        return new String[] {s};
    }

    private Map<String, Object> normalize(String action, Object thing, Map<String, Object> additional,
            SourceLocation at) throws PlaybookException {
        if (thing == null) {
            return merged(additional, Map.of());
        }
        if (thing instanceof Map<?, ?>) {
            return merged(additional, Fields.map(thing));
        }
        if (thing instanceof String s) {
            return merged(additional, kv(s, TaskKeywords.FREEFORM.contains(TaskKeywords.shortName(action)), at));
        }
        throw new PlaybookException("unexpected parameter type in action: " + Fields.pyType(thing), at);
    }

    private static Map<String, Object> kv(String text, boolean checkRaw, SourceLocation at) throws PlaybookException {
        try {
            return KvArgs.parse(text, checkRaw);
        } catch (IllegalArgumentException e) {
            throw new PlaybookException(e.getMessage(), at);
        }
    }

    private static Map<String, Object> merged(Map<String, Object> additional, Map<String, Object> args) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (additional != null) {
            out.putAll(additional);
        }
        out.putAll(args);
        return out;
    }
}
