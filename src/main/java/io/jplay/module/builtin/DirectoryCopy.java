package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code copy} of a controller directory, as the copy action's recursive mode: a {@code src} ending in
 * {@code /} copies the directory's contents into {@code dest}, otherwise the directory itself; every file
 * goes through {@link CopyTransfer} (symlinks to files are followed, as {@code local_follow} does by
 * default), directories that hold no file are made with the file module. One file reports that file's
 * result; more report {@code dest}, {@code src} and whether anything changed.
 */
final class DirectoryCopy {
    private final ModuleContext ctx;
    private final Map<String, Object> params;
    private final ControllerSources sources;

    DirectoryCopy(ModuleContext ctx, Map<String, Object> params, ControllerSources sources) {
        this.ctx = ctx;
        this.params = params;
        this.sources = sources;
    }

    /** Copies {@code dir} (found for {@code src}, which says by its trailing slash whether the contents or the directory go). */
    Map<String, Object> copy(Path dir, String src) throws ModuleException, ConnectionException {
        boolean contents = src.endsWith("/");
        String source = dir.toString() + (contents ? "/" : "");
        String prefix = contents ? "" : dir.getFileName() + "/";
        String dest = (String) params.get("dest");
        dest = dest.endsWith("/") ? dest : dest + "/";
        List<String[]> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        if (!contents) {
            dirs.add(dir.getFileName().toString());
        }
        walk(dir, prefix, files, dirs);
        boolean changed = false;
        Map<String, Object> last = Map.of("changed", false);
        Set<String> madeDirs = new LinkedHashSet<>();
        for (String[] f : files) {
            String rel = f[1];
            String parent = FilePlan.dirname(rel);
            String into = parent.isEmpty() ? dest : FilePlan.join(dest, parent) + "/";
            if (!ctx.checkMode() && madeDirs.add(into)) {
                RemoteFiles.exec(ctx, "mkdir -p -- " + FileModule.q(into));
            }
            Map<String, Object> p = new LinkedHashMap<>(params);
            p.put("dest", into);
            byte[] content = sources.read(Path.of(f[0]), Boolean.TRUE.equals(params.get("decrypt")));
            last = new CopyTransfer(ctx, p).transfer(content, f[0], Path.of(rel).getFileName().toString());
            changed |= Boolean.TRUE.equals(last.get("changed"));
        }
        for (String d : dirs) {
            if (files.stream().anyMatch(f -> f[1].startsWith(d + "/"))) {
                continue;
            }
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("path", FilePlan.join(dest, d));
            args.put("state", "directory");
            args.put("mode", params.get("directory_mode"));
            for (String k : List.of("owner", "group")) {
                if (params.get(k) != null) {
                    args.put(k, params.get(k));
                }
            }
            Map<String, Object> made = new FileModule().run(new ArgsOverride(ctx, args, "ansible.legacy.file"));
            changed |= Boolean.TRUE.equals(made.get("changed"));
            last = made;
        }
        if (files.size() == 1) {
            Map<String, Object> r = new LinkedHashMap<>(last);
            if (r.containsKey("path") && !r.containsKey("dest")) {
                r.put("dest", r.get("path"));
            }
            return r;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dest", dest);
        r.put("src", source);
        r.put("changed", changed);
        return r;
    }

    /** Files (path, relative destination) and directories (relative), top-down as {@code os.walk}, names sorted. */
    private static void walk(Path dir, String prefix, List<String[]> files, List<String> dirs) throws ModuleException {
        List<Path> entries = ControllerSources.entries(dir);
        for (Path p : entries) {
            if (!Files.isDirectory(p)) {
                files.add(new String[] {p.toString(), prefix + p.getFileName()});
            }
        }
        for (Path p : entries) {
            if (Files.isDirectory(p)) {
                String rel = prefix + p.getFileName();
                dirs.add(rel);
                walk(p, rel + "/", files, dirs);
            }
        }
    }
}
