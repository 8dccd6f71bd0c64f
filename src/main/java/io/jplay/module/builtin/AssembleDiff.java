package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.python.PyBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The diff Ansible's actions make between a target file and a controller file under {@code --diff}
 * ({@code _get_diff_data}): the target's text unless absent, binary or larger than the diff limit,
 * and the controller file's, which is written to a local temporary file as Ansible does.
 */
final class AssembleDiff {
    /** Ansible's {@code MAX_FILE_SIZE_FOR_DIFF}. */
    private static final int LIMIT = 104448;
    private static final int PEEK = 8192;

    private AssembleDiff() {
    }

    static Map<String, Object> of(ModuleContext ctx, String dest, byte[] content) throws ModuleException, ConnectionException {
        Map<String, Object> diff = new LinkedHashMap<>();
        FileStat st = RemoteFiles.stat(ctx, dest, true, null);
        if (!st.exists()) {
            diff.put("before", "");
        } else if (st.size() > LIMIT) {
            diff.put("dst_larger", (long) LIMIT);
        } else if (!st.isDir()) {
            byte[] before = RemoteFiles.exec(ctx, "cat -- " + q(dest)).stdout();
            if (hasNul(before, PEEK)) {
                diff.put("dst_binary", 1L);
            } else {
                diff.put("before_header", dest);
                diff.put("before", PyBytes.decodeUtf8(before));
            }
        }
        if (content.length > LIMIT) {
            diff.put("src_larger", (long) LIMIT);
        } else if (hasNul(content, content.length)) {
            diff.put("src_binary", 1L);
        } else {
            diff.put("after_header", localCopy(content));
            diff.put("after", PyBytes.decodeUtf8(content));
        }
        if (ctx.noLog()) {
            diff.computeIfPresent("before", (k, v) -> "");
            diff.computeIfPresent("after",
                    (k, v) -> " [[ Diff output has been hidden because 'no_log: true' was specified for this result ]]\n");
        }
        return diff;
    }

    private static boolean hasNul(byte[] data, int upTo) {
        for (int i = 0; i < Math.min(upTo, data.length); i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String localCopy(byte[] content) throws ModuleException {
        try {
            Path tmp = Files.createTempFile("tmp", "");
            Files.write(tmp, content);
            tmp.toFile().deleteOnExit();
            return tmp.toString();
        } catch (IOException e) {
            throw new ModuleException("could not write the assembled file for the diff: " + e.getMessage());
        }
    }
}
