package io.jplay.inventory;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.python.PyRepr;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Ansible's {@code script} plugin: an executable file (or one starting with {@code #!}) run with
 * {@code --list}, whose JSON maps groups to host lists or to {@code hosts}/{@code vars}/{@code children}
 * mappings; host variables come from {@code _meta.hostvars}, or, without it, from one
 * {@code --host NAME} run per host. A script's stderr is shown as an error even when it succeeds
 * (Ansible's {@code always_show_stderr}). Messages are Ansible's.
 */
final class ScriptPlugin implements InventoryPlugin {
    private final String name;
    private final ScriptRunner runner;
    private final YamlLoader yaml;
    private final Consumer<String> errors;

    ScriptPlugin(String name, ScriptRunner runner, YamlLoader yaml, Consumer<String> errors) {
        this.name = name;
        this.runner = runner;
        this.yaml = yaml;
        this.errors = errors;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean verify(String source) {
        Path p = Path.of(source);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            return false;
        }
        return Files.isExecutable(p) || ScriptRunner.hasShebang(p);
    }

    @Override
    public void parse(InventoryBuilder builder, String source) {
        builder.currentSource(Path.of(source));
        ScriptRunner.Output out = runner.run(List.of(source, "--list"));
        String err = out.stderr();
        if (!err.isEmpty() && !err.endsWith("\n")) {
            err += "\n";
        }
        if (out.exitCode() != 0) {
            throw new InventoryException("Inventory script (" + source + ") had an execution error: " + err + " ");
        }
        String text = out.utf8Stdout("Inventory " + source + " contained characters that cannot be interpreted as UTF-8: ");
        Object data;
        try {
            data = JsonParser.parse(text);
        } catch (JsonException e) {
            throw new InventoryException("failed to parse executable inventory script results from " + source + ": "
                    + e.getMessage() + ". " + e.getMessage() + "\n" + err);
        }
        if (!out.stderr().isEmpty()) {
            errors.accept(err);
        }
        if (!(data instanceof Map<?, ?> groups)) {
            throw new InventoryException("failed to parse executable inventory script results from " + source
                    + ": needs to be a json dict\n" + err);
        }
        Set<String> hosts = new LinkedHashSet<>();
        Object meta = null;
        for (Map.Entry<?, ?> e : groups.entrySet()) {
            String group = String.valueOf(e.getKey());
            if (group.equals("_meta")) {
                if (e.getValue() instanceof Map<?, ?> m && m.containsKey("hostvars")) {
                    meta = m.get("hostvars");
                }
            } else {
                group(builder, group, e.getValue(), hosts);
            }
        }
        for (String host : hosts) {
            Object vars = meta == null ? hostVariables(source, host) : hostVarsFromMeta(meta, host);
            if (vars instanceof Map<?, ?> m) {
                m.forEach((k, v) -> builder.setHostVar(host, String.valueOf(k), v));
            }
        }
    }

    private static Object hostVarsFromMeta(Object meta, String host) {
        if (!(meta instanceof Map<?, ?> m)) {
            throw new InventoryException("Improperly formatted host information for " + host + ": '"
                    + PythonTypes.bare(meta) + "' object has no attribute 'get'");
        }
        Object v = m.get(host);
        return v == null ? Map.of() : v;
    }

    private void group(InventoryBuilder builder, String rawName, Object value, Set<String> hosts) {
        String group = builder.addGroup(rawName).name;
        Map<?, ?> data;
        if (!(value instanceof Map<?, ?> m)) {
            data = Map.of("hosts", value == null ? List.of() : value);
        } else if (!m.containsKey("hosts") && !m.containsKey("vars") && !m.containsKey("children")) {
            data = Map.of("hosts", List.of(group), "vars", m);
        } else {
            data = m;
        }
        if (data.containsKey("hosts")) {
            if (!(data.get("hosts") instanceof List<?> list)) {
                throw new InventoryException("You defined a group '" + group + "' with bad data for the host list:\n "
                        + PyRepr.repr(value));
            }
            for (Object h : list) {
                hosts.add(String.valueOf(h));
                builder.addHost(String.valueOf(h), group, null);
            }
        }
        if (data.containsKey("vars")) {
            if (!(data.get("vars") instanceof Map<?, ?> vars)) {
                throw new InventoryException("You defined a group '" + group + "' with bad data for variables:\n "
                        + PyRepr.repr(value));
            }
            vars.forEach((k, v) -> builder.setGroupVar(group, String.valueOf(k), v));
        }
        if (data.containsKey("children")) {
            for (Object child : iterate(data.get("children"))) {
                builder.addChild(group, builder.addGroup(String.valueOf(child)).name);
            }
        }
    }

    /** What Python's {@code for x in value} walks: a list's items, a mapping's keys, a string's characters. */
    private static List<?> iterate(Object value) {
        if (value instanceof List<?> l) {
            return l;
        } else if (value instanceof Map<?, ?> m) {
            return List.copyOf(m.keySet());
        } else if (value instanceof String s) {
            return s.codePoints().mapToObj(Character::toString).toList();
        }
        throw new InventoryException("'" + PythonTypes.bare(value) + "' object is not iterable");
    }

    /** {@code script --host NAME}: its JSON (or YAML) mapping, nothing for empty output. */
    private Object hostVariables(String source, String host) {
        List<String> cmd = List.of(source, "--host", host);
        ScriptRunner.Output out = runner.run(cmd);
        String text = new String(out.stdout(), java.nio.charset.StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            return JsonParser.parse(text);
        } catch (JsonException e) {
            try {
                return yaml.loadAll(text, source).stream().findFirst().orElse(null);
            } catch (YamlException ye) {
                throw new InventoryException("could not parse post variable response: " + PyRepr.repr(cmd) + ", b"
                        + PyRepr.repr(text));
            }
        }
    }
}
