package io.jplay.plugin;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The run's bridge to Python filter, test and lookup plugins: one co-process, started on the first
 * call (a run that calls none starts no Python), kept for the run and stopped by {@link #close()}.
 * Plugins are found by ansible-core's own loaders in the co-process: the {@code filter_plugins/}
 * (etc.) directories beside the playbook and in roles, the configured ones, ansible-core's routing
 * and the collections. Calls are serialised; a plugin that reads a variable is answered from the
 * calling thread. A co-process that dies fails the call it was running; the next call starts a new one.
 */
public final class PythonPlugins implements AutoCloseable {
    private final PluginHost host;
    private final PluginDirs dirs;
    /** Per family, whether the run has a plugin directory of it: read without the lock on every builtin call. */
    private volatile Set<PluginKind> withDirs;
    /** What {@link #overrides} answered, per family and name; emptied when a directory is added. */
    private final Map<PluginKind, Map<String, Boolean>> overriding = new EnumMap<>(PluginKind.class);
    /** Per family, the names the co-process found in the run's own directories. */
    private final Map<PluginKind, Set<String>> ownNames = new EnumMap<>(PluginKind.class);
    private int dirsSent;
    private PluginProcess process;
    private int starts;
    private String script;

    public PythonPlugins(PluginHost host) {
        this.host = host;
        Map<PluginKind, List<Path>> configured = new EnumMap<>(PluginKind.class);
        host.configuredDirs().forEach((k, v) -> configured.put(k, v.stream().map(d -> host.cwd().resolve(d)).toList()));
        this.dirs = new PluginDirs(configured);
        for (PluginKind kind : PluginKind.values()) {
            overriding.put(kind, new ConcurrentHashMap<>());
        }
        this.withDirs = kindsWithDirs();
    }

    private Set<PluginKind> kindsWithDirs() {
        Set<PluginKind> out = EnumSet.noneOf(PluginKind.class);
        for (PluginKind kind : PluginKind.values()) {
            if (dirs.any(kind)) {
                out.add(kind);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Adds a playbook's or role's directory: its {@code filter_plugins/}, {@code test_plugins/}, {@code lookup_plugins/}. */
    public synchronized void addPluginDirs(Path dir) {
        if (dirs.add(dir)) {
            withDirs = kindsWithDirs();
            overriding.values().forEach(Map::clear);
            ownNames.clear();
        }
    }

    /**
     * Whether a Python plugin of this family may exist for a short name: a {@code filter_plugins/}
     * (etc.) directory beside the playbook or a role, or a configured one. Without a usable Python,
     * a short name the Java library lacks is then reported as needing Python, not as unknown.
     */
    public boolean hasPluginDirs(PluginKind kind) {
        return withDirs.contains(kind);
    }

    /**
     * Whether the run's own plugin directories (beside its playbooks, in its roles, configured)
     * define a filter, test or lookup of this short name, which then replaces the builtin of that
     * name, as in Ansible's plugin loader (those directories are searched before ansible-core's own).
     * A run without such a directory answers at once and starts no Python; a lookup is told by its
     * file's name; a filter or test whose name no file of the family mentions is answered without
     * Python; otherwise the co-process lists the names its loader finds there (once per family).
     *
     * @param name a short name ({@code to_yaml}), never a qualified one
     * @throws PluginException when the co-process is needed and cannot run (no controller Python: {@code UNAVAILABLE})
     */
    public boolean overrides(PluginKind kind, String name) throws PluginException {
        if (!withDirs.contains(kind)) {
            return false;
        }
        Boolean known = overriding.get(kind).get(name);
        return known != null ? known : findOverride(kind, name);
    }

    private synchronized boolean findOverride(PluginKind kind, String name) throws PluginException {
        boolean found;
        try {
            found = kind == PluginKind.LOOKUP || kind == PluginKind.INVENTORY ? dirs.hasModule(kind, name)
                    : dirs.mentions(kind, name) && ownNames(kind).contains(name);
        } catch (PluginException e) {
            if (e.kind() != PluginException.Kind.UNAVAILABLE) {
                throw e;
            }
            found = false; // without a Python that imports ansible-core, the playbook's plugins cannot run at all
        }
        overriding.get(kind).put(name, found);
        return found;
    }

    private Set<String> ownNames(PluginKind kind) throws PluginException {
        Set<String> names = ownNames.get(kind);
        if (names == null) {
            Object listed = call(kind, "names", "", List.of(), Map.of(), PluginVariables.NONE, w -> { });
            names = new HashSet<>();
            if (listed instanceof List<?> l) {
                for (Object n : l) {
                    names.add(String.valueOf(n));
                }
            }
            ownNames.put(kind, names);
        }
        return names;
    }

    /** How many co-processes this run has started (0 for a run that needed no Python plugin). */
    public synchronized int starts() {
        return starts;
    }

    /**
     * Calls a plugin: a filter or test with the value as the first argument, a lookup with its terms.
     *
     * @param name the name as written ({@code blue}, {@code community.general.dict_kv})
     * @param warnings receives the warnings the plugin displayed
     */
    public synchronized Object call(PluginKind kind, String name, List<Object> args, Map<String, Object> kwargs,
            PluginVariables vars, Consumer<String> warnings) throws PluginException {
        return call(kind, "call", name, args, kwargs, vars, warnings);
    }

    private Object call(PluginKind kind, String op, String name, List<Object> args, Map<String, Object> kwargs,
            PluginVariables vars, Consumer<String> warnings) throws PluginException {
        String request = request(op, kind, name, args, kwargs, vars);
        PluginProcess p = running();
        try {
            sendDirs(p);
            p.send(request);
            return answer(p, vars, warnings, kind, name);
        } catch (IOException | JsonException | ClassCastException | IllegalArgumentException e) {
            throw died(p, kind, name, e.getMessage());
        }
    }

    private String request(String op, PluginKind kind, String name, List<Object> args, Map<String, Object> kwargs,
            PluginVariables vars) throws PluginException {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"op\":\"").append(op).append("\",\"kind\":\"").append(kind.wireName()).append("\",\"name\":");
        try {
            WireValues.string(name, sb);
            sb.append(",\"args\":");
            WireValues.write(args, sb);
            sb.append(",\"kwargs\":");
            WireValues.write(kwargs, sb);
            if (vars.namesOnRequest()) {
                sb.append(",\"vars\":null");
            } else if (vars != PluginVariables.NONE) {
                sb.append(",\"vars\":");
                WireValues.write(vars.names(), sb);
                sb.append(",\"basedir\":");
                WireValues.write(vars.basedir(), sb);
            }
        } catch (IllegalArgumentException e) {
            throw new PluginException(PluginException.Kind.TYPE, e.getMessage(), "TypeError", null);
        }
        return sb.append('}').toString();
    }

    private Object answer(PluginProcess p, PluginVariables vars, Consumer<String> warnings, PluginKind kind,
            String name) throws IOException, JsonException, PluginException {
        while (true) {
            String line = p.receive();
            if (line == null) {
                throw died(p, kind, name, null);
            }
            Map<?, ?> msg = (Map<?, ?>) JsonParser.parse(line);
            if (msg.containsKey("var")) {
                p.send(variable(vars, String.valueOf(msg.get("var"))));
                continue;
            }
            if (msg.containsKey("varnames")) {
                StringBuilder sb = new StringBuilder("{\"value\":");
                WireValues.write(vars.names(), sb);
                p.send(sb.append('}').toString());
                continue;
            }
            if (msg.get("warnings") instanceof List<?> ws) {
                ws.forEach(w -> warnings.accept(String.valueOf(w)));
            }
            if (msg.containsKey("ok")) {
                return WireValues.read(msg.get("ok"));
            }
            throw failure(msg);
        }
    }

    /** The answer to a plugin reading a variable; a variable that cannot be templated raises in the plugin. */
    private static String variable(PluginVariables vars, String name) {
        Optional<Object> v;
        try {
            v = vars.get(name);
        } catch (PluginException e) {
            StringBuilder sb = new StringBuilder("{\"failed\":");
            WireValues.string(String.valueOf(e.getMessage()), sb);
            return sb.append(",\"undefined\":").append(e.kind() == PluginException.Kind.UNDEFINED).append('}').toString();
        }
        if (v.isEmpty()) {
            return "{\"missing\":true}";
        }
        StringBuilder sb = new StringBuilder("{\"value\":");
        try {
            WireValues.write(v.get(), sb);
        } catch (IllegalArgumentException e) {
            return "{\"missing\":true}";
        }
        return sb.append('}').toString();
    }

    private PluginException failure(Map<?, ?> msg) {
        String err = String.valueOf(msg.get("err"));
        String text = msg.get("msg") == null ? "" : String.valueOf(msg.get("msg"));
        String cls = msg.get("cls") instanceof String s ? s : null;
        String tb = msg.get("tb") instanceof String s ? s : null;
        PluginException.Kind kind = switch (err) {
            case "missing" -> PluginException.Kind.MISSING;
            case "undefined" -> PluginException.Kind.UNDEFINED;
            case "ansible" -> PluginException.Kind.ANSIBLE;
            case "type" -> PluginException.Kind.TYPE;
            case "value" -> PluginException.Kind.VALUE;
            case "unavailable" -> PluginException.Kind.UNAVAILABLE;
            default -> PluginException.Kind.EXCEPTION;
        };
        if (kind == PluginException.Kind.UNAVAILABLE) {
            text = unavailable(text);
        }
        return new PluginException(kind, text, cls, tb);
    }

    private PluginProcess running() throws PluginException {
        if (process != null && process.alive()) {
            return process;
        }
        if (process != null) {
            process.stop();
            process = null;
        }
        Path python = host.python().get().orElseThrow(() -> new PluginException(PluginException.Kind.UNAVAILABLE,
                unavailable(null)));
        try {
            process = PluginProcess.start(python, script(), childEnv(), host.cwd());
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.UNAVAILABLE, "cannot start " + python
                    + " for Python plugins: " + e.getMessage());
        }
        starts++;
        dirsSent = 0;
        return process;
    }

    private void sendDirs(PluginProcess p) throws IOException {
        List<PluginDirs.Added> added = dirs.added();
        if (dirsSent == added.size()) {
            return;
        }
        StringBuilder sb = new StringBuilder("{\"op\":\"dirs\",\"dirs\":[");
        for (int i = dirsSent; i < added.size(); i++) {
            sb.append(i > dirsSent ? "," : "").append('[');
            WireValues.string(added.get(i).kind().wireName(), sb);
            sb.append(',');
            WireValues.string(added.get(i).path().toString(), sb);
            sb.append(']');
        }
        p.send(sb.append("]}").toString());
        if (p.receive() == null) {
            throw new IOException("no answer to the plugin directories");
        }
        dirsSent = added.size();
    }

    private PluginException died(PluginProcess p, PluginKind kind, String name, String detail) {
        String why = p.exitDescription();
        p.stop();
        if (process == p) {
            process = null;
        }
        return new PluginException(PluginException.Kind.DIED, "the Python plugin process (pid " + p.pid()
                + ") stopped while running " + kind.wireName() + " plugin '" + name + "'"
                + (why.isEmpty() && detail != null ? ": " + detail : why));
    }

    private String unavailable(String detail) {
        return "Python plugins need a controller python3 that can import ansible-core (install ansible-core,"
                + " e.g. `pip install ansible-core`, or set JPLAY_CONTROLLER_PYTHON); tried: "
                + String.join(", ", host.triedPythons()) + (detail == null ? "" : " (" + detail + ")");
    }

    private Map<String, String> childEnv() {
        Map<String, String> env = new LinkedHashMap<>(host.env());
        List<String> roots = host.collectionRoots().get().stream().map(Path::toString).toList();
        if (!roots.isEmpty()) {
            // the roots already hold the interpreter's sys.path ones when scanning it is configured
            env.put("ANSIBLE_COLLECTIONS_PATH", String.join(":", roots));
            env.put("ANSIBLE_COLLECTIONS_SCAN_SYS_PATH", "False");
        }
        for (PluginKind kind : PluginKind.values()) {
            List<Path> configured = host.configuredDirs().getOrDefault(kind, List.of());
            if (!configured.isEmpty()) {
                // an empty setting would make ansible-core search the working directory
                env.put("ANSIBLE_" + kind.wireName().toUpperCase(java.util.Locale.ROOT) + "_PLUGINS",
                        String.join(":", configured.stream().map(Path::toString).toList()));
            }
        }
        env.put("PYTHONUNBUFFERED", "1");
        return env;
    }

    private String script() {
        if (script == null) {
            try (InputStream in = PythonPlugins.class.getResourceAsStream("bridge.py")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** Stops the co-process, if one was started. */
    @Override
    public synchronized void close() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }
}
