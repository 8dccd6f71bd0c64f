package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.module.RemoteScriptModule;
import java.util.Map;

/** {@code shell}: runs the text through {@code /bin/sh -c} (or {@code executable}) on the target. */
public final class ShellModule implements RemoteScriptModule {

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public RemoteScript script(ModuleContext context) throws ModuleException {
        return CommandPlan.plan(context, true).script();
    }

    @Override
    public Map<String, Object> run(ModuleContext context) throws ModuleException, ConnectionException {
        return CommandRunner.run(context, CommandPlan.plan(context, true));
    }
}
