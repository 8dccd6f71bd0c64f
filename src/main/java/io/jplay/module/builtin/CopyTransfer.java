package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecResult;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The transfer shared by {@code copy} and {@code template}: one exec compares the destination's
 * sha1 with the new content's; when they match the {@code file} module settles the attributes (as
 * Ansible's action does), otherwise the bytes go up with {@link io.jplay.connection.Connection#put}
 * to a temp file beside the destination and one more exec validates, backs up, moves it into place,
 * applies owner/group/mode and stats the result.
 */
final class CopyTransfer {
    private static final int DIFF_LIMIT = 104448;
    private final ModuleContext ctx;
    private final Map<String, Object> p;

    /** @param params the validated copy/template parameters (dest, mode, owner, group, backup, force, validate, ...) */
    CopyTransfer(ModuleContext ctx, Map<String, Object> params) {
        this.ctx = ctx;
        this.p = params;
    }

    /**
     * Puts {@code content} at {@code dest}.
     *
     * @param source what the diff's {@code after_header} names (the controller file)
     * @param basename the source's file name, used when {@code dest} is a directory
     */
    Map<String, Object> transfer(byte[] content, String source, String basename) throws ModuleException, ConnectionException {
        String dest = (String) p.get("dest");
        String inside = FilePlan.join(dest, basename);
        String probe = new FileProbe().stat("dest", dest, true, "sha1sum").test("isdir", "[ -d " + q(dest) + " ]")
                .stat("inside", inside, true, "sha1sum").script();
        boolean diff = ctx.diffMode();
        String out = RemoteFiles.exec(ctx, probe).stdoutText();
        FileStat st = FileProbe.stat(out, "dest");
        if (FileProbe.yes(out, "isdir") || dest.endsWith("/")) {
            dest = inside;
            st = FileProbe.stat(out, "inside");
        }
        String checksum = digest("SHA-1", content);
        if (st.exists() && !(Boolean) p.get("force")) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("changed", false);
            r.put("dest", dest);
            r.put("src", source);
            return r;
        }
        if (st.exists() && checksum.equals(st.checksum())) {
            return unchanged(dest, basename, checksum);
        }
        String before = st.exists() && diff && st.size() <= DIFF_LIMIT ? read(dest) : "";
        Map<String, Object> r = new LinkedHashMap<>();
        String tmp = FilePlan.join(FilePlan.dirname(dest).isEmpty() ? "." : FilePlan.dirname(dest),
                ".jplay." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        List<Object> diffs = diff ? List.of(diffEntry(before, st.exists() ? dest : null, content, source)) : List.of();
        if (ctx.checkMode() && !Boolean.TRUE.equals(p.get("remote_src"))) {
            // Ansible's copy action stops before the module here: only changed and the diff list
            r.put("diff", diffs);
            r.put("changed", true);
            return r;
        }
        FileStat after = st;
        if (!ctx.checkMode()) {
            int current = st.exists() ? st.permissions() : 0644;
            Integer wanted = FileMode.resolve(p.get("mode"), current, false);
            int mode = wanted == null ? current : wanted;
            ctx.connection().put(content, tmp, mode);
            after = install(tmp, dest, st, r, List.of());
        }
        r.put("dest", dest);
        r.put("src", tmp);
        r.put("md5sum", digest("MD5", content));
        r.put("checksum", checksum);
        r.put("changed", true);
        // Ansible's copy action always reports diff: a list that is empty unless --diff asked for it
        r.put("diff", diffs);
        FileModule.addPathInfo(r, after);
        return r;
    }

    /**
     * Moves the uploaded {@code tmp} over {@code dest} in one exec: validate, back up, keep the old
     * owner, move, apply owner/group and {@code extra} commands, then stat {@code dest}. Adds
     * {@code backup_file} to {@code r} when a backup was made.
     *
     * @throws ModuleException "failed to validate" with {@code exit_status}, {@code stdout}, {@code stderr}
     */
    FileStat install(String tmp, String dest, FileStat old, Map<String, Object> r, List<String> extra)
            throws ModuleException, ConnectionException {
        List<String> commands = new ArrayList<>();
        String validate = (String) p.get("validate");
        if (validate != null) {
            if (!validate.contains("%s")) {
                RemoteFiles.exec(ctx, "rm -f -- " + q(tmp));
                throw new ModuleException("validate must contain %s: " + validate);
            }
            commands.add("{ " + validate.replace("%s", q(tmp)) + "; } || { jplay_rc=$?; rm -f -- " + q(tmp)
                    + "; echo @@invalid $jplay_rc; exit 0; }");
        }
        if (Boolean.TRUE.equals(p.get("backup")) && old.exists()) {
            commands.add("jplay_b=" + q(dest) + ".$$.$(date +%Y-%m-%d@%H:%M:%S)~ && cp -p -- " + q(dest)
                    + " \"$jplay_b\" && echo \"@@backup $jplay_b\"");
        }
        if (old.exists() && p.get("owner") == null && p.get("group") == null) {
            commands.add("{ chown " + old.uid() + ":" + old.gid() + " " + q(tmp) + " 2>/dev/null || true; }");
        }
        commands.add("mv -f -- " + q(tmp) + " " + q(dest));
        Map<String, Object> ignored = new LinkedHashMap<>();
        new FileAttributes(null, (String) p.get("owner"), (String) p.get("group"))
                .plan(dest, old, 0644, false, false, commands, ignored, new LinkedHashMap<>());
        commands.addAll(extra);
        String script = String.join(" && ", commands) + "; " + new FileProbe().stat("result", dest, false).script();
        ExecResult exec = RemoteFiles.exec(ctx, "{ " + script + " }");
        String out = exec.stdoutText();
        for (String line : out.lines().toList()) {
            if (line.startsWith("@@invalid ")) {
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("exit_status", Integer.parseInt(line.substring(10).strip()));
                failure.put("stdout", out.substring(0, out.indexOf("@@invalid")));
                failure.put("stderr", exec.stderrText());
                throw new ModuleException("failed to validate", failure);
            }
            if (line.startsWith("@@backup ")) {
                r.put("backup_file", line.substring(9));
            }
        }
        return FileProbe.stat(out, "result");
    }

    private Map<String, Object> unchanged(String dest, String basename, String checksum)
            throws ModuleException, ConnectionException {
        Map<String, Object> fileArgs = new LinkedHashMap<>();
        fileArgs.put("dest", dest);
        for (String key : List.of("mode", "owner", "group", "attributes", "seuser", "serole", "selevel", "setype",
                "unsafe_writes")) {
            if (p.get(key) != null) {
                fileArgs.put(key, p.get(key));
            }
        }
        fileArgs.put("_original_basename", basename);
        Map<String, Object> r = new FileModule().run(new ArgsOverride(ctx, fileArgs));
        r.put("checksum", checksum);
        r.put("dest", dest);
        return r;
    }

    private String read(String path) throws ConnectionException {
        return RemoteFiles.exec(ctx, "cat -- " + q(path)).stdoutText();
    }

    private static Map<String, Object> diffEntry(String before, String beforeHeader, byte[] content, String source) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("before", before);
        if (beforeHeader != null) {
            d.put("before_header", beforeHeader);
        }
        d.put("after", content.length > DIFF_LIMIT ? "" : new String(content, StandardCharsets.UTF_8));
        d.put("after_header", source);
        return d;
    }

    static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
