package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.module.ModuleContext;

/** Runs helper shell on the target with the task's environment and become. */
final class RemoteFiles {
    private RemoteFiles() {
    }

    static ExecResult exec(ModuleContext ctx, String script) throws ConnectionException {
        return ctx.connection().exec(new ExecRequest(script, null, ctx.environment(), ctx.become()));
    }

    /** Stats one path in its own exec. */
    static FileStat stat(ModuleContext ctx, String path, boolean follow, String checksumTool) throws ConnectionException {
        return StatProbe.parse(exec(ctx, StatProbe.script(path, follow, checksumTool, false)).stdoutText());
    }

    /** The coreutils digest tool for one of Ansible's checksum algorithm names. */
    static String checksumTool(String algorithm) {
        return algorithm + "sum";
    }
}
