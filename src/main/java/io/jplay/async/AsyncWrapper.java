package io.jplay.async;

import io.jplay.connection.Become;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ShellQuote;
import io.jplay.json.JsonWriter;
import io.jplay.module.RemoteScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the command that launches a {@link RemoteScript} as a background job with the sh wrapper
 * ({@code async_wrapper.sh}), and reads its launch JSON. The first launch on a host sends the
 * wrapper inline, in the exported variable {@code JPLAY_ASYNC_WRAPPER}, and the wrapper installs
 * itself as {@link #FILE_NAME} in the async dir; later launches run that file by path
 * ({@link #launchRequest} with the dir the first launch reported). The name holds a hash of the
 * text, so every version of jplay has its own file.
 */
public final class AsyncWrapper {
    static final String SCRIPT = load();
    /** The installed wrapper's name in the async dir. */
    static final String FILE_NAME = ".jplay-async-" + hash(SCRIPT) + ".sh";
    /** What a by-path launch prints when the installed wrapper is gone (then launch inline again). */
    static final String MISSING = "jplay-async: wrapper not installed";
    private static final JsonWriter JSON = JsonWriter.python();

    private AsyncWrapper() {
    }

    /**
     * The request that starts the job.
     *
     * @param jidPrefix from {@link JobId#newPrefix}
     * @param limitSeconds the async limit; the watchdog kills the job this many seconds after launch
     * @param asyncDir the async directory, unexpanded ({@code ~/.ansible_async}); {@code ~} is the
     *     home of the user the wrapper runs as (the become user)
     * @param installedDir the absolute async dir where an earlier launch on this host (same user and
     *     dir) installed the wrapper, or {@code null} to send the wrapper inline and install it; a
     *     by-path launch whose file is gone prints {@link #MISSING} (see {@link #wrapperMissing})
     */
    public static ExecRequest launchRequest(RemoteScript script, String jidPrefix, int limitSeconds, String asyncDir,
            String installedDir, Map<String, String> environment, Become become) {
        List<String> args = new ArrayList<>(List.of("launch", FILE_NAME, jidPrefix, Integer.toString(limitSeconds),
                installedDir == null ? asyncDir : installedDir, script.stdin() == null ? "0" : "1",
                script.form().name(), script.command()));
        args.add(fixedCmd(script.fixed()));
        args.add(fixedRest(script.fixed()));
        String command;
        if (installedDir == null) {
            command = "JPLAY_ASYNC_WRAPPER=" + ShellQuote.quote(SCRIPT) + "; export JPLAY_ASYNC_WRAPPER; "
                    + "exec sh -c 'eval \"$JPLAY_ASYNC_WRAPPER\"' jplay-async " + ShellQuote.join(args);
        } else {
            command = "f=" + ShellQuote.quote(installedDir + "/" + FILE_NAME) + "; [ -r \"$f\" ] || { echo "
                    + ShellQuote.quote(MISSING) + "; exit 3; }; exec sh \"$f\" " + ShellQuote.join(args);
        }
        return new ExecRequest(command, script.stdin(), environment, become);
    }

    /** True when a by-path launch found no installed wrapper (nothing was started). */
    public static boolean wrapperMissing(ExecResult result) {
        return result.rc() == 3 && result.stdoutText().strip().equals(MISSING);
    }

    /** The absolute async dir a successful launch result reports (its {@code results_file}'s parent), or null. */
    static String reportedDir(Map<String, Object> launch) {
        Object file = launch.get("results_file");
        if (!launch.containsKey("ansible_job_id") || !(file instanceof String path) || !path.startsWith("/")) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash > 0 ? path.substring(0, slash) : null;
    }

    /** {@code "cmd": <json>} when the fixed keys hold {@code cmd} (Ansible writes it right after {@code rc}), else empty. */
    static String fixedCmd(Map<String, Object> fixed) {
        return fixed.containsKey("cmd") ? JSON.write("cmd") + ": " + JSON.write(fixed.get("cmd")) : "";
    }

    /** {@code , "k": <json>} for every other fixed key, in order, written after {@code msg}. */
    static String fixedRest(Map<String, Object> fixed) {
        StringBuilder sb = new StringBuilder();
        fixed.forEach((k, v) -> {
            if (!k.equals("cmd")) {
                sb.append(", ").append(JSON.write(k)).append(": ").append(JSON.write(v));
            }
        });
        return sb.toString();
    }

    /**
     * The launch result the controller keeps: the wrapper's JSON without
     * {@code _ansible_suppress_tmpdir_delete}, with {@code changed: true} forced as Ansible does. A
     * wrapper that printed no JSON gives a failed result carrying its output.
     */
    public static Map<String, Object> launchResult(ExecResult result) {
        String out = result.stdoutText().strip();
        Map<String, Object> parsed = out.startsWith("{") ? JobFile.parse(out) : null;
        if (parsed == null) {
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("failed", true);
            failed.put("msg", "async wrapper failed to start the job (rc=" + result.rc() + ")");
            failed.put("module_stdout", result.stdoutText());
            failed.put("module_stderr", result.stderrText());
            failed.put("rc", (long) result.rc());
            return failed;
        }
        parsed.remove("_ansible_suppress_tmpdir_delete");
        if (parsed.containsKey("ansible_job_id")) {
            parsed.put("changed", true);
        }
        return parsed;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String load() {
        try (InputStream in = AsyncWrapper.class.getResourceAsStream("async_wrapper.sh")) {
            if (in == null) {
                throw new IllegalStateException("async_wrapper.sh is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
