package io.jplay.module.builtin;

import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.Map;
import java.util.Set;

/** {@code fail}: fails the host with {@code msg} (default {@code Failed as requested from task}). */
public final class FailModule implements Module {

    @Override
    public String name() {
        return "fail";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public boolean controllerOnly() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException {
        ActionArgs.requireValid("fail", ctx.args(), Set.of("msg"));
        Object msg = ctx.args().get("msg");
        throw new ModuleException(msg == null ? "Failed as requested from task" : msg.toString(),
                Map.of("changed", false));
    }
}
