package io.jplay.module.builtin;

import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
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
import java.util.stream.Stream;

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
        this.yaml = new YamlLoader(w -> { }, vault);
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
        Object file = args.containsKey("file") ? args.get("file") : args.get("_raw_params");
        Object dir = args.get("dir");
        if (file != null && dir != null) {
            throw new ModuleException("You are mixing file only and dir only arguments, these are incompatible");
        }
        List<Path> files = new ArrayList<>();
        if (dir != null) {
            Path base = resolve(ctx.baseDir(), dir.toString());
            if (!Files.isDirectory(base)) {
                throw new ModuleException(dir + " directory does not exist");
            }
            files.addAll(walk(base, args));
        } else if (file != null) {
            Path path = resolve(ctx.baseDir(), file.toString());
            if (!Files.isRegularFile(path)) {
                throw new ModuleException("Could not find or access '" + file + "'");
            }
            files.add(path);
        } else {
            throw new ModuleException("No file was found.");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        List<String> included = new ArrayList<>();
        boolean vaulted = false;
        for (Path f : files) {
            vaulted |= isVaulted(f);
            try {
                facts.putAll(load(f));
            } catch (VaultedFileException e) {
                return failed(e.getMessage());
            }
            included.add(f.toString());
        }
        Object name = args.get("name");
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
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ansible_facts", new LinkedHashMap<>());
        result.put("ansible_included_var_files", new ArrayList<>());
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

    private static List<Path> walk(Path base, Map<String, Object> args) throws ModuleException {
        long depth = args.get("depth") == null ? 0 : (Long) ArgType.INT.convert(args.get("depth"));
        List<String> extensions = stringList(args.getOrDefault("extensions", List.of("json", "yaml", "yml")));
        List<String> ignore = stringList(args.getOrDefault("ignore_files", List.of()));
        Pattern matching = args.get("files_matching") == null ? null : Pattern.compile(args.get("files_matching").toString());
        List<Path> found = new ArrayList<>();
        collect(base, 1, depth, extensions, ignore, matching, found);
        return found;
    }

    private static void collect(Path dir, int level, long depth, List<String> extensions, List<String> ignore,
            Pattern matching, List<Path> found) throws ModuleException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new ModuleException("Could not list " + dir + ": " + e.getMessage());
        }
        for (Path p : entries) {
            String fileName = p.getFileName().toString();
            if (Files.isRegularFile(p) && !ignore.contains(fileName)
                    && extensions.stream().anyMatch(ext -> fileName.endsWith("." + ext))
                    && (matching == null || matching.matcher(fileName).find())) {
                found.add(p.toAbsolutePath().normalize());
            }
        }
        if (depth == 0 || level < depth) {
            for (Path p : entries) {
                if (Files.isDirectory(p)) {
                    collect(p, level + 1, depth, extensions, ignore, matching, found);
                }
            }
        }
    }

    private static List<String> stringList(Object value) {
        Object list = ArgType.LIST.convert(value);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
