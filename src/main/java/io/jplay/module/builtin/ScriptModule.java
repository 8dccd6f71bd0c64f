package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.module.CommandResults;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code script}: one exec checks {@code creates}/{@code removes} and makes a temp dir, the script goes
 * up with {@code put}, and one exec runs it (in {@code chdir}, through {@code executable} when given)
 * and removes the temp dir. The result is {@code rc}, {@code stdout}, {@code stderr} and their lines.
 */
public final class ScriptModule implements Module {
    private static final Set<String> VALID = Set.of("_raw_params", "cmd", "chdir", "creates", "removes", "executable",
            "decrypt");

    @Override
    public String name() {
        return "script";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> args = ctx.args();
        ActionArgs.requireValid("script", args, VALID);
        Object raw = args.get("_raw_params") != null ? args.get("_raw_params") : args.get("cmd");
        if (raw == null || raw.toString().isBlank()) {
            throw new ModuleException("script requires a path to the script");
        }
        String chdir = string(args.get("chdir"));
        if (chdir != null && !chdir.startsWith("/")) {
            throw new ModuleException("chdir " + chdir + " must be an absolute path for a Unix-aware remote node");
        }
        List<String> parts = CommandPlan.split(raw.toString().strip());
        Path script = CopyModule.find(ctx.baseDir(), "files", parts.get(0));
        String creates = string(args.get("creates"));
        String removes = string(args.get("removes"));
        StringBuilder pre = new StringBuilder();
        if (creates != null) {
            pre.append(CommandRunner.globTest(creates, "echo @@creates; exit 0", "")).append(' ');
        }
        if (removes != null) {
            pre.append(CommandRunner.globTest(removes, ":", "echo @@removes; exit 0")).append(' ');
        }
        Map<String, Object> r = new LinkedHashMap<>();
        if (ctx.checkMode()) {
            if (creates == null && removes == null) {
                r.put("changed", false);
                r.put("skipped", true);
                r.put("msg", "Check mode is not supported for this task.");
                return r;
            }
        } else {
            pre.append("mktemp -d \"${TMPDIR:-/tmp}/jplay-script.XXXXXXXX\"");
        }
        String verdict = pre.length() == 0 ? "" : RemoteFiles.exec(ctx, pre.toString()).stdoutText().strip();
        if (verdict.equals("@@creates") || verdict.equals("@@removes")) {
            r.put("changed", false);
            r.put("skipped", true);
            r.put("msg", verdict.equals("@@creates") ? creates + " exists, matching creates option"
                    : removes + " does not exist, matching removes option");
            return r;
        }
        if (ctx.checkMode()) {
            r.put("changed", true);
            return r;
        }
        if (verdict.isEmpty() || verdict.startsWith("@@")) {
            throw new ModuleException("could not make a temporary directory on the target");
        }
        String remote = verdict + "/" + script.getFileName();
        try {
            ctx.connection().put(Files.readAllBytes(script), remote, 0700);
        } catch (IOException e) {
            throw new ModuleException("Could not read " + script + ": " + e.getMessage());
        }
        StringBuilder run = new StringBuilder();
        if (chdir != null) {
            run.append("cd ").append(q(chdir)).append(" && ");
        }
        String executable = string(args.get("executable"));
        if (executable != null) {
            run.append(executable).append(' ');
        }
        run.append(q(remote));
        for (String arg : parts.subList(1, parts.size())) {
            run.append(' ').append(q(arg));
        }
        ExecResult exec = ctx.connection().exec(new ExecRequest("{ " + run + "; }; jplay_rc=$?; rm -rf -- " + q(verdict)
                + "; exit $jplay_rc", null, ctx.environment(), ctx.become()).withBoundedOutput());
        return CommandResults.fromRawExec(exec);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
