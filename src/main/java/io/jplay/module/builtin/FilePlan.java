package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run of the {@code file} module: probe, decide as Ansible's {@code file.py} does, apply, report. */
final class FilePlan {
    /** A failed result (msg and the keys Ansible puts beside it). */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Object> result;

        Failure(Map<String, Object> result) {
            super((String) result.get("msg"));
            this.result = result;
        }

        Map<String, Object> result() {
            return result;
        }
    }

    private final ModuleContext ctx;
    private final Map<String, Object> p;
    private final boolean follow;
    private final boolean force;
    private final boolean recurse;
    private final String src;
    private FileAttributes attributes;
    private String path;
    private String out;
    private FileStat lstat;
    private FileStat followed;

    FilePlan(ModuleContext ctx, Map<String, Object> params) {
        this.ctx = ctx;
        this.p = params;
        this.follow = (Boolean) params.get("follow");
        this.force = (Boolean) params.get("force");
        this.recurse = (Boolean) params.get("recurse");
        this.src = (String) params.get("src");
        this.attributes = FileAttributes.of(params);
        this.path = (String) params.get("path");
    }

    Map<String, Object> run() throws ModuleException, ConnectionException, Failure {
        String state = (String) p.get("state");
        String basename = p.get("_original_basename") != null ? (String) p.get("_original_basename")
                : src != null ? src.substring(src.lastIndexOf('/') + 1) : null;
        boolean maybeInside = !"link".equals(state) && !"absent".equals(state) && basename != null && !basename.isEmpty();
        String inside = path + "/" + basename;
        FileProbe probe = new FileProbe().stat("path", path, false).stat("follow", path, true);
        if (maybeInside) {
            probe.test("isdir", "[ -d " + q(path) + " ]").stat("inside", inside, false).stat("insidef", inside, true);
        }
        if (src != null) {
            probe.test("src-in", "[ -e " + q(join(path, src)) + " ]")
                    .test("src-beside", "[ -e " + q(join(dirname(path), src)) + " ]")
                    .stat("src", src, true);
        }
        if ("absent".equals(state)) {
            probe.walk(path);
        }
        probe.raw(attributes.idProbe());
        out = RemoteFiles.exec(ctx, probe.script()).stdoutText();
        attributes = attributes.withIds(out);
        lstat = FileProbe.stat(out, "path");
        followed = FileProbe.stat(out, "follow");
        if (maybeInside && FileProbe.yes(out, "isdir")) {
            path = inside;
            lstat = FileProbe.stat(out, "inside");
            followed = FileProbe.stat(out, "insidef");
        }
        String prev = lstat.state();
        if (state == null) {
            state = !prev.equals("absent") ? prev : recurse ? "directory" : "file";
            p.put("state", state);
        }
        p.put("path", path);
        if (recurse && !state.equals("directory")) {
            throw fail("recurse option requires state to be 'directory'", "path", path);
        }
        if (src != null && !state.equals("link") && !state.equals("hard")) {
            throw fail("src option requires state to be 'link' or 'hard'", "path", path);
        }
        return switch (state) {
            case "absent" -> absent(prev);
            case "directory" -> new FileStates(this).directory(prev);
            case "link" -> new FileStates(this).link(prev);
            case "hard" -> new FileStates(this).hard(prev);
            case "touch" -> new FileStates(this).touch(prev);
            default -> new FileStates(this).file(prev);
        };
    }

    private Map<String, Object> absent(String prev) throws ConnectionException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("path", path);
        if (prev.equals("absent")) {
            result.put("changed", false);
            result.put("state", "absent");
            return result;
        }
        Map<String, Object> diff = initialDiff("absent", prev);
        if (prev.equals("directory")) {
            List<List<String>> walked = FileProbe.walked(out);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("directories", walked.get(0));
            content.put("files", walked.get(1));
            @SuppressWarnings("unchecked")
            Map<String, Object> before = (Map<String, Object>) diff.get("before");
            before.put("path_content", content);
        }
        if (!ctx.checkMode()) {
            RemoteFiles.exec(ctx, "rm -rf -- " + q(path));
        }
        result.put("changed", true);
        result.put("diff", diff);
        result.put("state", "absent");
        return result;
    }

    Map<String, Object> initialDiff(String state, String prev) {
        return initialDiff(path, state, prev);
    }

    static Map<String, Object> initialDiff(String path, String state, String prev) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("path", path);
        after.put("path", path);
        if (!prev.equals(state)) {
            before.put("state", prev);
            after.put("state", state);
        }
        Map<String, Object> diff = new LinkedHashMap<>();
        diff.put("before", before);
        diff.put("after", after);
        return diff;
    }

    /** Runs the commands (unless in check mode) and returns the lstat of {@code resultPath} afterwards. */
    FileStat apply(List<String> commands, String resultPath, boolean[] changed) throws ConnectionException {
        if (ctx.checkMode() || commands.isEmpty()) {
            return resultPath.equals(path) ? lstat : FileProbe.stat(out, "path");
        }
        List<String> all = new ArrayList<>(commands);
        String script = String.join(" && ", all) + "; " + new FileProbe().stat("result", resultPath, false).script();
        String after = RemoteFiles.exec(ctx, "{ " + script + " }").stdoutText();
        if (after.lines().anyMatch(l -> l.equals("@@changed"))) {
            changed[0] = true;
        }
        int err = after.indexOf("@@probe result");
        return FileProbe.stat(after.substring(Math.max(err, 0)), "result");
    }

    Failure fail(String msg, Object... keyValues) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("msg", msg);
        for (int i = 0; i < keyValues.length; i += 2) {
            r.put((String) keyValues[i], keyValues[i + 1]);
        }
        if (r.containsKey("path") || r.containsKey("dest")) {
            FileModule.addPathInfo(r, lstat);
        }
        return new Failure(r);
    }

    Failure fail(ModuleException e) {
        Map<String, Object> r = new LinkedHashMap<>(e.toResult());
        r.remove("failed");
        r.put("path", path);
        FileModule.addPathInfo(r, lstat);
        return new Failure(r);
    }

    static String join(String dir, String name) {
        if (name.startsWith("/")) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    static String dirname(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : slash == 0 ? "/" : path.substring(0, slash);
    }

    ModuleContext ctx() {
        return ctx;
    }

    Map<String, Object> params() {
        return p;
    }

    String path() {
        return path;
    }

    String src() {
        return src;
    }

    boolean follow() {
        return follow;
    }

    boolean force() {
        return force;
    }

    boolean recurse() {
        return recurse;
    }

    FileAttributes attributes() {
        return attributes;
    }

    FileStat lstat() {
        return lstat;
    }

    FileStat followed() {
        return followed;
    }

    String probeOutput() {
        return out;
    }
}
