package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ping}: proves the target runs a shell command (as the become user when set) and answers
 * {@code ping: <data>}. {@code data=crash} fails like the Python module's exception does.
 */
public final class PingModule implements Module {
    private static final ArgSpec SPEC = ArgSpec.builder().option("data", ArgType.STR, "pong").build();
    private static final String TRACEBACK = "Traceback (most recent call last):\n"
            + "  File \"ansible/modules/ping.py\", line 79, in main\nException: boom\n";

    @Override
    public String name() {
        return "ping";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> params = SPEC.validate(ctx.moduleName("ping"), ctx.args());
        ExecResult exec = ctx.connection().exec(new ExecRequest("echo pong", null, ctx.environment(), ctx.become()));
        if (exec.rc() != 0 || !exec.stdoutText().strip().equals("pong")) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("rc", exec.rc());
            extra.put("module_stdout", exec.stdoutText());
            extra.put("module_stderr", exec.stderrText());
            throw new ModuleException("MODULE FAILURE\nSee stdout/stderr for the exact error", extra);
        }
        Object data = params.get("data");
        if ("crash".equals(data)) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("changed", false);
            extra.put("rc", 1);
            extra.put("module_stdout", "");
            extra.put("module_stderr", TRACEBACK);
            extra.put("exception", TRACEBACK);
            throw new ModuleException("MODULE FAILURE\nSee stdout/stderr for the exact error", extra);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", false);
        result.put("ping", data);
        result.put("invocation", ArgSpec.invocation(params));
        return result;
    }
}
