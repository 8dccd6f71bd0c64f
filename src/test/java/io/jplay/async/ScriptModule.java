package io.jplay.async;

import io.jplay.module.ModuleContext;
import io.jplay.module.RemoteScript;
import io.jplay.module.RemoteScriptModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A module that runs the shell command given in its {@code cmd} arg, in the given form. */
record ScriptModule(RemoteScript.Form form) implements RemoteScriptModule {

    @Override
    public String name() {
        return "test_script";
    }

    @Override
    public Map<String, Object> run(ModuleContext context) {
        throw new UnsupportedOperationException("only runs async in these tests");
    }

    @Override
    public RemoteScript script(ModuleContext context) {
        String cmd = String.valueOf(context.args().get("cmd"));
        Map<String, Object> fixed = new LinkedHashMap<>();
        if (form == RemoteScript.Form.COMMAND) {
            fixed.put("cmd", List.of("sh", "-c", cmd));
            fixed.put("invocation", Map.of("module_args", Map.of("_raw_params", cmd)));
        }
        Object stdin = context.args().get("stdin");
        return new RemoteScript(cmd, stdin == null ? null : stdin.toString().getBytes(), form, fixed);
    }
}
