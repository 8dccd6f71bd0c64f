package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecResult;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code slurp}: the file's bytes come back through one {@code cat} and are base64-encoded on the controller. */
public final class SlurpModule implements Module {
    private static final ArgSpec SPEC = ArgSpec.builder()
            .option(ArgOption.of("src", ArgType.PATH).asRequired().withAliases("path"))
            .build();
    private static final String MARK = "@@jplay-slurp ";

    @Override
    public String name() {
        return "slurp";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> p = SPEC.validate(ctx.moduleName("slurp"), ctx.args());
        String src = (String) p.get("src");
        String s = q(src);
        ExecResult exec = RemoteFiles.exec(ctx, "if [ ! -e " + s + " ]; then echo '" + MARK + "missing' >&2; exit 1; fi; "
                + "if [ -d " + s + " ]; then echo '" + MARK + "dir' >&2; exit 1; fi; "
                + "if [ ! -r " + s + " ]; then echo '" + MARK + "denied' >&2; exit 1; fi; cat -- " + s);
        if (exec.rc() != 0) {
            String err = exec.stderrText();
            String msg = err.contains(MARK + "missing") ? "file not found: " + src
                    : err.contains(MARK + "dir") ? "source is a directory and must be a file: " + src
                    : err.contains(MARK + "denied") ? "file is not readable: " + src
                    : "unable to slurp file: " + err.strip();
            throw new ModuleException(msg, Map.of("invocation", ArgSpec.invocation(p)));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("content", Base64.getEncoder().encodeToString(exec.stdout()));
        r.put("source", src);
        r.put("encoding", "base64");
        r.put("changed", false);
        r.put("invocation", ArgSpec.invocation(p));
        return r;
    }
}
