package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.module.RemoteScriptModule;
import java.util.Map;

/**
 * An action that hands the task to the host's manager module ({@code package}, {@code service}): the
 * result, check mode and async are the chosen module's; subclasses say how the manager is chosen.
 */
abstract class ManagerActionModule implements RemoteScriptModule {

    /** The manager module this task runs, with the arguments it gets. */
    abstract ManagerDispatch.Backend backend(ModuleContext ctx) throws ModuleException, ConnectionException;

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        return backend(ctx).run();
    }

    @Override
    public RemoteScript script(ModuleContext ctx) throws ModuleException {
        try {
            ManagerDispatch.Backend b = backend(ctx);
            if (!(b.module() instanceof RemoteScriptModule job) || !job.supportsAsync()) {
                throw new ModuleException("async is not supported for this task.");
            }
            return job.script(b.context());
        } catch (ConnectionException e) {
            throw new ModuleException(e.getMessage());
        }
    }
}
