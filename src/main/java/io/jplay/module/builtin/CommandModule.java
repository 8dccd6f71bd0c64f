package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.module.RemoteScriptModule;
import java.util.Map;

/** {@code command}: runs argv on the target without a shell's interpretation of the words. */
public final class CommandModule implements RemoteScriptModule {

    @Override
    public String name() {
        return "command";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public RemoteScript script(ModuleContext context) throws ModuleException {
        return CommandPlan.plan(context, false).script();
    }

    @Override
    public Map<String, Object> run(ModuleContext context) throws ModuleException, ConnectionException {
        return CommandRunner.run(context, CommandPlan.plan(context, false));
    }
}
