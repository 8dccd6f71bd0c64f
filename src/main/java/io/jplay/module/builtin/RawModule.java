package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ShellQuote;
import io.jplay.module.CommandResults;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code raw}: hands the text to the connection's shell as it is (or to {@code executable -c}).
 * Output is not stripped. Skipped under check mode, as Ansible's raw action does.
 */
public final class RawModule implements Module {

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> args = ctx.args();
        Object raw = args.get("_raw_params");
        if (ctx.checkMode()) {
            Map<String, Object> skipped = new LinkedHashMap<>();
            skipped.put("changed", false);
            skipped.put("skipped", true);
            return skipped;
        }
        if (raw == null) {
            throw new ModuleException("the 'raw' module requires a free-form command");
        }
        String text = raw.toString();
        Object executable = args.get("executable");
        String command = executable == null ? text
                : "exec " + ShellQuote.join(java.util.List.of(executable.toString(), "-c", text));
        ExecResult exec = ctx.connection().exec(new ExecRequest(command, null, Map.of(), ctx.become()).withBoundedOutput());
        return CommandResults.fromRawExec(exec);
    }
}
