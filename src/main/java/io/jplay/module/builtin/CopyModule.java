package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecResult;
import io.jplay.json.JsonWriter;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.vault.VaultSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code copy}: {@code content}, a controller file ({@code src} looked up in the base dir's
 * {@code files/} then the base dir) or, with {@code remote_src}, a file on the target, put at
 * {@code dest} by {@link CopyTransfer}; a controller directory is copied file by file ({@link DirectoryCopy}).
 */
public final class CopyModule implements Module {
    static final ArgSpec SPEC = FileArgs.common(ArgSpec.builder()
            .option("src", ArgType.PATH)
            .option(ArgOption.of("content", ArgType.RAW))
            .option(ArgOption.of("dest", ArgType.PATH))
            .option("backup", ArgType.BOOL, false)
            .option(ArgOption.of("force", ArgType.BOOL).withDefault(true).withAliases("thirsty"))
            .option("validate", ArgType.STR)
            .option("directory_mode", ArgType.RAW)
            .option("remote_src", ArgType.BOOL)
            .option("local_follow", ArgType.BOOL)
            .option("checksum", ArgType.STR)
            .option("follow", ArgType.BOOL, false)
            .option("decrypt", ArgType.BOOL, true)
            .option("_original_basename", ArgType.STR))
            .build();

    private final ControllerSources sources;

    /** Without vault secrets: vaulted files fail to decrypt, as in Ansible without secrets. */
    public CopyModule() {
        this(VaultSecrets.none());
    }

    /** A copy module that decrypts vaulted sources with {@code vault} (unless {@code decrypt: no}). */
    public CopyModule(VaultSecrets vault) {
        this.sources = new ControllerSources(vault);
    }

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> args = ctx.args();
        if (args.get("src") != null && args.containsKey("content")) {
            throw new ModuleException("src and content are mutually exclusive");
        }
        if (args.get("src") == null && !args.containsKey("content")) {
            throw new ModuleException("src (or content) is required");
        }
        if (args.get("dest") == null) {
            throw new ModuleException("dest is required");
        }
        Map<String, Object> p = SPEC.validateAction("copy", args);
        if (p.get("content") != null) {
            Object content = p.get("content");
            String text = content instanceof Map || content instanceof List
                    ? JsonWriter.python().write(content) : String.valueOf(content);
            if (((String) p.get("dest")).endsWith("/")) {
                throw new ModuleException("can not use content with a dir as dest");
            }
            return new CopyTransfer(ctx, p).transfer(text.getBytes(StandardCharsets.UTF_8), "content", "content");
        }
        String src = (String) p.get("src");
        String basename = Path.of(src).getFileName() == null ? src : Path.of(src).getFileName().toString();
        if (Boolean.TRUE.equals(p.get("remote_src"))) {
            ExecResult read = RemoteFiles.exec(ctx, "cat -- " + FileModule.q(src));
            if (read.rc() != 0) {
                throw new ModuleException("Source " + src + " not found");
            }
            return new CopyTransfer(ctx, p).transfer(read.stdout(), src, basename);
        }
        Path file = find(ctx.baseDir(), "files", src);
        if (Files.isDirectory(file)) {
            return new DirectoryCopy(ctx, p, sources).copy(file.toAbsolutePath().normalize(), src);
        }
        byte[] content = sources.read(file, Boolean.TRUE.equals(p.get("decrypt")));
        return new CopyTransfer(ctx, p).transfer(content, file.toString(), basename);
    }

    /** Ansible's {@code _find_needle}: {@code <base>/<subdir>/<name>}, then {@code <base>/<name>}. */
    static Path find(Path baseDir, String subdir, String name) throws ModuleException {
        Path given = Path.of(name);
        if (given.isAbsolute()) {
            if (Files.exists(given)) {
                return given;
            }
            throw notFound(name, List.of(given.toString()));
        }
        Path base = baseDir.toAbsolutePath().normalize();
        Path inSub = base.resolve(subdir).resolve(name);
        Path beside = base.resolve(name);
        for (Path candidate : List.of(inSub, beside)) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw notFound(name, List.of(inSub.toString(), beside.toString(), inSub.toString(), beside.toString()));
    }

    private static ModuleException notFound(String name, List<String> searched) {
        return new ModuleException("Could not find or access '" + name + "'\nSearched in:\n\t" + String.join("\n\t", searched)
                + " on the Ansible Controller.\nIf you are using a module and expect the file to exist on the remote,"
                + " see the remote_src option");
    }
}
