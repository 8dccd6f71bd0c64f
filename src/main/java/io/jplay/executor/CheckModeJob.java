package io.jplay.executor;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ShellQuote;
import io.jplay.json.JsonWriter;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.RemoteScript;
import io.jplay.module.RemoteScriptModule;
import java.util.Map;

/**
 * An async task under {@code --check}, as ansible-core 2.17 runs it: the module answers in check
 * mode (nothing changes on the target), and that answer becomes the background job's record, so
 * the task still gets a job id and the poll ends at once on its {@code skipped} key.
 */
final class CheckModeJob implements RemoteScriptModule {
    private final RemoteScriptModule module;

    CheckModeJob(RemoteScriptModule module) {
        this.module = module;
    }

    @Override
    public String name() {
        return module.name();
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public RemoteScript script(ModuleContext context) throws ModuleException {
        Map<String, Object> answer;
        try {
            answer = module.run(context);
        } catch (ConnectionException e) {
            throw new ModuleException(e.getMessage());
        }
        String json = JsonWriter.python().write(answer);
        return new RemoteScript("printf '%s\\n' " + ShellQuote.quote(json), null, RemoteScript.Form.JSON, Map.of());
    }

    @Override
    public Map<String, Object> run(ModuleContext context) throws ModuleException, ConnectionException {
        return module.run(context);
    }
}
