package io.jplay.module.builtin;

import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.json.JsonWriter;
import io.jplay.python.PyRegex;
import io.jplay.python.PyRepr;
import io.jplay.vars.MergeHash;
import io.jplay.vault.VaultEnvelope;
import io.jplay.vault.VaultSecrets;
import io.jplay.yaml.VaultedFileException;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code include_vars}: loads YAML/JSON variable files on the controller. Relative paths are looked up
 * in {@code vars/} under the context's base directory first, then in the base directory itself.
 */
public final class IncludeVarsModule implements Module {
    private static final Set<String> VALID = Set.of("_raw_params", "file", "dir", "name", "depth", "files_matching",
            "ignore_files", "extensions", "ignore_unknown_extensions", "hash_behaviour");
    private final YamlLoader yaml;

    /** Without vault secrets: vaulted files fail to decrypt, as in Ansible without secrets. */
    public IncludeVarsModule() {
        this(VaultSecrets.none());
    }

    /** A include_vars module that decrypts vaulted files with {@code vault}. */
    public IncludeVarsModule(VaultSecrets vault) {
        this(vault, io.jplay.yaml.YamlStrings.none());
    }

    /** A include_vars module that decrypts with {@code vault} and notes the strings it loads in {@code strings}. */
    public IncludeVarsModule(VaultSecrets vault, io.jplay.yaml.YamlStrings strings) {
        this.yaml = new YamlLoader(w -> { }, vault, io.jplay.yaml.YamlLimits.DEFAULT, strings);
    }

    @Override
    public String name() {
        return "include_vars";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public boolean controllerOnly() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
        Map<String, Object> args = ctx.args();
        ActionArgs.requireValid("include_vars", args, VALID);
        Object file = args.get("file");
        if (file == null && args.get("dir") == null && args.get("_raw_params") instanceof String raw) {
            file = raw.replaceAll("\n+$", "");
        }
        Object dir = args.get("dir");
        if (file != null && dir != null) {
            throw new ModuleException("You are mixing file only and dir only arguments, these are incompatible");
        }
        List<Path> files = new ArrayList<>();
        BadExtension stop = null;
        if (dir != null) {
            Path base = resolve(ctx.baseDir(), dir.toString());
            if (!Files.isDirectory(base)) {
                return failed(base + (Files.exists(base) ? " is not a directory" : " directory does not exist"));
            }
            Walk walk = walk(base, args);
            files.addAll(walk.files());
            stop = walk.stop();
        } else if (file != null && !file.toString().isEmpty()) {
            try {
                files.add(CopyModule.find(ctx.baseDir(), "vars", file.toString()));
            } catch (ModuleException e) {
                return failed(e.getMessage());
            }
        } else {
            return failed("Could not find file on the Ansible Controller.\nIf you are using a module and expect the file"
                    + " to exist on the remote, see the remote_src option");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        List<String> included = new ArrayList<>();
        boolean vaulted = false;
        Map<String, Object> beforeDir = new LinkedHashMap<>();
        Path dirOfFacts = null;
        for (Path f : files) {
            if (!f.getParent().equals(dirOfFacts)) {
                beforeDir = new LinkedHashMap<>(facts);
                dirOfFacts = f.getParent();
            }
            if (stop != null && f.equals(stop.file)) {
                // as the action: the files before it were read, but its own directory's variables are dropped
                return failed(stop.getMessage(), beforeDir, included);
            }
            vaulted |= isVaulted(f);
            try {
                facts.putAll(load(f));
            } catch (VaultedFileException e) {
                return failed(e.getMessage());
            }
            included.add(f.toString());
        }
        Object name = args.get("name");
        if (name == null && "merge".equals(args.get("hash_behaviour"))) {
            facts = mergedWithCurrent(ctx.vars(), facts);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ansible_facts", name == null ? facts : new LinkedHashMap<>(Map.of(name.toString(), facts)));
        result.put("ansible_included_var_files", included);
        result.put("changed", false);
        if (vaulted) {
            // as Ansible: what came from a vaulted file is not shown
            result.put("_ansible_no_log", true);
        }
        return result;
    }

    /**
     * {@code hash_behaviour: merge}: each variable merged over its current value ({@code combine_vars} with merge),
     * which must be a mapping too.
     */
    private static Map<String, Object> mergedWithCurrent(Map<String, Object> vars, Map<String, Object> loaded)
            throws ModuleException {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : loaded.entrySet()) {
            Object old = vars.get(e.getKey());
            old = old instanceof io.jplay.yaml.Unsafe u ? u.value() : old;
            if (!(old instanceof Map<?, ?> oldMap) || !(e.getValue() instanceof Map<?, ?> newMap)) {
                throw new ModuleException("failed to combine variables, expected dicts but got a '"
                        + PyRepr.typeName(old) + "' and a '" + PyRepr.typeName(e.getValue()) + "': \n"
                        + JsonWriter.python().write(old) + "\n" + JsonWriter.python().write(e.getValue()));
            }
            merged.put(e.getKey(), oldMap.isEmpty() ? e.getValue() : MergeHash.merge(oldMap, newMap));
        }
        return merged;
    }

    private static boolean isVaulted(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return VaultEnvelope.isVaulted(in.readNBytes(VaultEnvelope.HEADER.length()));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path resolve(Path baseDir, String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p;
        }
        Path inVars = baseDir.resolve("vars").resolve(p);
        return Files.exists(inVars) ? inVars.toAbsolutePath().normalize() : baseDir.resolve(p).toAbsolutePath().normalize();
    }

    /** A file that cannot be loaded fails the task as Ansible's action does: with {@code message}, no facts. */
    private static Map<String, Object> failed(String message) {
        return failed(message, new LinkedHashMap<>(), new ArrayList<>());
    }

    private static Map<String, Object> failed(String message, Map<String, Object> facts, List<String> included) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ansible_facts", facts);
        result.put("ansible_included_var_files", included);
        result.put("changed", false);
        result.put("failed", true);
        result.put("message", message);
        return result;
    }

    private Map<String, Object> load(Path file) throws ModuleException, VaultedFileException {
        Object data;
        try {
            data = yaml.load(file);
        } catch (VaultedFileException e) {
            throw e;
        } catch (YamlException e) {
            throw new ModuleException(e.getMessage());
        }
        if (data == null) {
            return Map.of();
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new ModuleException(file + " must be stored as a dictionary/hash");
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        map.forEach((k, v) -> vars.put(String.valueOf(k), v));
        return vars;
    }

    /** A file of an extension not asked for, met by a walk that does not ignore unknown extensions. */
    private static final class BadExtension extends ModuleException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        BadExtension(Path file, String message) {
            super(message);
            this.file = file;
        }
    }

    /** What a directory walk keeps: Ansible's {@code extensions}, {@code ignore_files} and {@code files_matching}. */
    private record DirFilter(List<String> extensions, boolean ignoreUnknown, List<Pattern> ignore, Pattern matching) {

        /** Whether to load {@code file}; a file of another extension fails the task unless unknown ones are ignored. */
        boolean loads(Path file) throws ModuleException {
            String name = file.getFileName().toString();
            if (matching != null && !matching.matcher(name).find() || ignore.stream().anyMatch(i -> i.matcher(name).find())) {
                return false;
            }
            if (extensions.contains(extension(name))) {
                return true;
            }
            if (ignoreUnknown) {
                return false;
            }
            throw new BadExtension(file.toAbsolutePath().normalize(), file.toAbsolutePath().normalize()
                    + " does not have a valid extension: " + String.join(", ", extensions));
        }

        /** {@code os.path.splitext(name)[1][1:]}: after the last dot, unless the name's only dots lead it. */
        static String extension(String name) {
            int dot = name.lastIndexOf('.');
            int lead = 0;
            while (lead < name.length() && name.charAt(lead) == '.') {
                lead++;
            }
            return dot < lead ? "" : name.substring(dot + 1);
        }
    }

    /** The files a walk found in load order, and the file of a bad extension it stopped at (the last), if any. */
    private record Walk(List<Path> files, BadExtension stop) {
    }

    private static Walk walk(Path base, Map<String, Object> args) throws ModuleException {
        long depth = args.get("depth") == null ? 0 : (Long) ArgType.INT.convert(args.get("depth"));
        List<String> extensions = stringList(args.getOrDefault("extensions", List.of("json", "yaml", "yml")));
        List<Pattern> ignore = new ArrayList<>();
        for (String i : stringList(args.getOrDefault("ignore_files", List.of()))) {
            try {
                ignore.add(PyRegex.compile(i + "$", 0));
            } catch (IllegalArgumentException e) {
                throw new ModuleException("Invalid regular expression: " + i);
            }
        }
        Pattern matching = args.get("files_matching") == null ? null : Pattern.compile(args.get("files_matching").toString());
        boolean ignoreUnknown = args.get("ignore_unknown_extensions") != null
                && (Boolean) ArgType.BOOL.convert(args.get("ignore_unknown_extensions"));
        List<Path> found = new ArrayList<>();
        try {
            collect(base, 1, depth, new DirFilter(extensions, ignoreUnknown, ignore, matching), found);
        } catch (BadExtension e) {
            found.add(e.file);
            return new Walk(found, e);
        }
        return new Walk(found, null);
    }

    private static void collect(Path dir, int level, long depth, DirFilter filter, List<Path> found)
            throws ModuleException {
        List<Path> entries = ControllerSources.entries(dir);
        for (Path p : entries) {
            if (Files.isRegularFile(p) && filter.loads(p)) {
                found.add(p.toAbsolutePath().normalize());
            }
        }
        if (depth == 0 || level < depth) {
            for (Path p : entries) {
                if (Files.isDirectory(p)) {
                    collect(p, level + 1, depth, filter, found);
                }
            }
        }
    }

    private static List<String> stringList(Object value) {
        Object list = ArgType.LIST.convert(value);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
