package io.jplay.executor;

import io.jplay.async.AsyncListener;
import io.jplay.module.ModuleContext;
import io.jplay.module.RemoteScriptModule;
import java.util.Map;

/** Runs a task with {@code async: N}: launches the job and, when {@code poll > 0}, polls it to the end. */
public interface AsyncExecution {

    /**
     * @param asyncDir the task's async dir, unexpanded ({@code ~/.ansible_async} by default)
     * @param events receives {@code ASYNC POLL} for each check that found the job still running, then
     *     {@code ASYNC OK} or {@code ASYNC FAILED} once polling ended (only when {@code poll > 0}
     *     and the launch succeeded)
     * @return the launch result ({@code poll <= 0}) or the final polled result
     */
    Map<String, Object> run(ModuleContext context, RemoteScriptModule module, int asyncSeconds, int poll,
            String asyncDir, AsyncListener events) throws Exception;
}
