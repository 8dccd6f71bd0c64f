package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code fetch}: one exec stats the remote file with its sha1; the file comes over
 * {@link io.jplay.connection.Connection#fetch} only when the controller copy differs. Destinations are
 * {@code dest/<host>/<src>} or, with {@code flat}, {@code dest} itself (plus the file name when it ends in /).
 */
public final class FetchModule implements Module {
    private static final Set<String> VALID = Set.of("src", "dest", "flat", "fail_on_missing", "validate_checksum");

    @Override
    public String name() {
        return "fetch";
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> args = ctx.args();
        ActionArgs.requireValid("fetch", args, VALID);
        if (args.get("src") == null || args.get("dest") == null) {
            throw ModuleException.actionFailed("src and dest are required");
        }
        String src = args.get("src").toString();
        boolean flat = args.get("flat") != null && ArgType.toBool(args.get("flat"));
        boolean failOnMissing = args.get("fail_on_missing") == null || ArgType.toBool(args.get("fail_on_missing"));
        FileStat st = RemoteFiles.stat(ctx, src, true, "sha1sum");
        if (!st.exists() || st.isDir() || !st.readable()) {
            String msg = !st.exists() ? "the remote file does not exist, not transferring, ignored"
                    : st.isDir() ? "remote file is a directory, fetch cannot work on directories"
                    : "file (" + src + ") is not readable, not transferring, ignored";
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("changed", false);
            r.put("msg", msg);
            if (failOnMissing || st.isDir()) {
                r.put("failed", true);
                r.put("invocation", Map.of("module_args", Map.of("src", src)));
            } else {
                r.put("file", src);
            }
            return r;
        }
        Path dest = destination(ctx, args.get("dest").toString(), src, flat);
        String remoteSum = st.checksum();
        Map<String, Object> r = new LinkedHashMap<>();
        try {
            if (Files.isRegularFile(dest) && remoteSum != null
                    && remoteSum.equals(CopyTransfer.digest("SHA-1", Files.readAllBytes(dest)))) {
                r.put("changed", false);
                r.put("md5sum", CopyTransfer.digest("MD5", Files.readAllBytes(dest)));
                r.put("file", src);
                r.put("dest", dest.toString());
                r.put("checksum", remoteSum);
                return r;
            }
            Files.createDirectories(dest.toAbsolutePath().getParent());
            ctx.connection().fetch(src, dest);
            byte[] local = Files.readAllBytes(dest);
            String sum = CopyTransfer.digest("SHA-1", local);
            if (remoteSum != null && !sum.equals(remoteSum)) {
                throw new ModuleException("checksum mismatch", Map.of("file", src, "dest", dest.toString(),
                        "checksum", sum, "remote_checksum", remoteSum));
            }
            r.put("changed", true);
            r.put("md5sum", CopyTransfer.digest("MD5", local));
            r.put("dest", dest.toString());
            r.put("remote_md5sum", null);
            r.put("checksum", sum);
            r.put("remote_checksum", remoteSum);
            return r;
        } catch (IOException e) {
            throw ModuleException.actionFailed("Could not write " + dest + ": " + e.getMessage());
        }
    }

    private static Path destination(ModuleContext ctx, String dest, String src, boolean flat) {
        String base = src.substring(src.lastIndexOf('/') + 1);
        String path;
        if (flat) {
            path = dest.endsWith("/") ? dest + base : dest;
        } else {
            String rel = src.startsWith("/") ? src.substring(1) : src;
            path = (dest.endsWith("/") ? dest : dest + "/") + ctx.hostName() + "/" + rel;
        }
        Path p = Path.of(path);
        return p.isAbsolute() ? p.normalize() : ctx.baseDir().resolve(p).toAbsolutePath().normalize();
    }
}
