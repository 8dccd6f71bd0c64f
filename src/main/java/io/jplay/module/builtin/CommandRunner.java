package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ShellQuote;
import io.jplay.module.ArgSpec;
import io.jplay.module.CommandResults;
import io.jplay.module.ModuleContext;
import io.jplay.python.PyRepr;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a {@link CommandPlan} as {@code command} does: change directory, honour {@code creates} and
 * {@code removes} (globs, checked on the target in one extra exec only when given), skip under
 * check mode, then run and shape the result.
 */
final class CommandRunner {
    private CommandRunner() {
    }

    static Map<String, Object> run(ModuleContext ctx, CommandPlan plan) throws ConnectionException {
        Map<String, Object> p = plan.params();
        String chdir = (String) p.get("chdir");
        String creates = (String) p.get("creates");
        String removes = (String) p.get("removes");
        if (chdir != null || creates != null || removes != null) {
            String verdict = precheck(ctx, chdir, creates, removes);
            if (verdict.startsWith("chdir:")) {
                int errno = Integer.parseInt(verdict.substring("chdir:".length()));
                Map<String, Object> r = skeleton(plan);
                r.put("msg", "Unable to change directory before execution: " + errnoText(errno, chdir));
                r.put("failed", true);
                return finish(r, plan);
            }
            String shoulda = ctx.checkMode() ? "Would" : "Did";
            if (verdict.equals("creates")) {
                return skipped(plan, shoulda + " not run command since '" + creates + "' exists",
                        "skipped, since " + creates + " exists");
            }
            if (verdict.equals("removes")) {
                return skipped(plan, shoulda + " not run command since '" + removes + "' does not exist",
                        "skipped, since " + removes + " does not exist");
            }
        }
        if (ctx.checkMode()) {
            // check mode is only partial: with creates or removes the command would have run, so it is changed
            Map<String, Object> r = skeleton(plan);
            r.put("rc", 0);
            r.put("msg", "Command would have run if not in check mode");
            if (creates == null && removes == null) {
                r.put("skipped", true);
            } else {
                r.put("changed", true);
            }
            return finish(r, plan);
        }
        ExecRequest request = new ExecRequest(plan.commandLine(), plan.stdin(), ctx.environment(), ctx.become())
                .withBoundedOutput();
        LocalDateTime start = LocalDateTime.now();
        ExecResult exec = ctx.connection().exec(request);
        LocalDateTime end = LocalDateTime.now();
        Integer errno = execError(exec);
        if (errno != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("changed", false);
            r.put("stdout", "");
            r.put("stderr", "");
            r.put("rc", errno);
            r.put("cmd", plan.cmd() instanceof String s ? s : ShellQuote.join(plan.argv()));
            r.put("msg", errnoText(errno, plan.argv().get(0)));
            r.put("failed", true);
            return finish(r, plan);
        }
        return CommandResults.fromExec(exec, start, end, plan.stripEmptyEnds(), plan.fixedKeys());
    }

    private static Integer execError(ExecResult exec) {
        String err = exec.stderrText();
        if ((exec.rc() == 127 || exec.rc() == 126) && err.startsWith(CommandPlan.EXEC_ERROR_MARK)) {
            return Integer.valueOf(err.substring(CommandPlan.EXEC_ERROR_MARK.length()).strip());
        }
        return null;
    }

    static String errnoText(int errno, String path) {
        String text = switch (errno) {
            case 2 -> "No such file or directory";
            case 13 -> "Permission denied";
            case 20 -> "Not a directory";
            default -> "Error " + errno;
        };
        return "[Errno " + errno + "] " + text + ": " + PyRepr.bytesRepr(path);
    }

    private static String precheck(ModuleContext ctx, String chdir, String creates, String removes)
            throws ConnectionException {
        StringBuilder sh = new StringBuilder();
        if (chdir != null) {
            String d = ShellQuote.quote(chdir);
            sh.append("if [ ! -e ").append(d).append(" ]; then echo chdir:2; exit 0; fi; ")
                    .append("if [ ! -d ").append(d).append(" ]; then echo chdir:20; exit 0; fi; ")
                    .append("cd ").append(d).append(" 2>/dev/null || { echo chdir:13; exit 0; }; ");
        }
        if (creates != null) {
            sh.append(globTest(creates, "echo creates; exit 0", "")).append(' ');
        }
        if (removes != null) {
            sh.append(globTest(removes, ":", "echo removes; exit 0")).append(' ');
        }
        sh.append("echo run");
        ExecRequest request = new ExecRequest(sh.toString(), null, ctx.environment(), ctx.become());
        return ctx.connection().exec(request).stdoutText().strip();
    }

    /** Shell that runs {@code ifFound} when the glob matches an existing path, else {@code ifMissing}. */
    static String globTest(String pattern, String ifFound, String ifMissing) {
        return "jplay_found=; for jplay_f in " + globWord(pattern) + "; do if [ -e \"$jplay_f\" ] || [ -L \"$jplay_f\" ]; "
                + "then jplay_found=1; break; fi; done; if [ -n \"$jplay_found\" ]; then " + ifFound + "; "
                + (ifMissing.isEmpty() ? "" : "else " + ifMissing + "; ") + "fi;";
    }

    /** The pattern as one shell word whose glob characters stay active and everything else is literal. */
    static String globWord(String pattern) {
        StringBuilder word = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == ']') {
                if (literal.length() > 0) {
                    word.append(ShellQuote.quote(literal.toString()));
                    literal.setLength(0);
                }
                word.append(c);
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            word.append(ShellQuote.quote(literal.toString()));
        }
        return word.toString();
    }

    private static Map<String, Object> skipped(CommandPlan plan, String msg, String stdout) {
        Map<String, Object> r = skeleton(plan);
        r.put("stdout", stdout);
        r.put("rc", 0);
        r.put("msg", msg);
        return finish(r, plan);
    }

    private static Map<String, Object> skeleton(CommandPlan plan) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("changed", false);
        r.put("stdout", "");
        r.put("stderr", "");
        r.put("rc", null);
        r.put("cmd", plan.cmd());
        r.put("start", null);
        r.put("end", null);
        r.put("delta", null);
        r.put("msg", "");
        return r;
    }

    private static Map<String, Object> finish(Map<String, Object> r, CommandPlan plan) {
        r.put("invocation", ArgSpec.invocation(plan.params()));
        if (!plan.warnings().isEmpty()) {
            r.put("warnings", plan.warnings());
        }
        CommandResults.addLines(r);
        return r;
    }
}
