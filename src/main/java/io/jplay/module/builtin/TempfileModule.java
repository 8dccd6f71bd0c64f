package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecResult;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code tempfile}: coreutils {@code mktemp} in {@code path} (else {@code $TMPDIR} or {@code /tmp}), then its stat. */
public final class TempfileModule implements Module {
    private static final ArgSpec SPEC = ArgSpec.builder()
            .option(ArgOption.of("state", ArgType.STR).withDefault("file").withChoices("file", "directory"))
            .option("path", ArgType.PATH)
            .option("prefix", ArgType.STR, "ansible.")
            .option("suffix", ArgType.STR, "")
            .build();

    @Override
    public String name() {
        return "tempfile";
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> p = SPEC.validate(ctx.moduleName("tempfile"), ctx.args());
        String dir = p.get("path") == null ? "\"${TMPDIR:-/tmp}\"" : FileModule.q((String) p.get("path"));
        String suffix = (String) p.get("suffix");
        String command = "mktemp " + (p.get("state").equals("directory") ? "-d " : "")
                + (suffix.isEmpty() ? "" : "--suffix=" + FileModule.q(suffix) + " ") + dir + "/"
                + FileModule.q(p.get("prefix") + "XXXXXXXX");
        ExecResult made = RemoteFiles.exec(ctx, command);
        String path = made.stdoutText().strip();
        if (made.rc() != 0 || path.isEmpty()) {
            throw new ModuleException(made.stderrText().strip(), Map.of("invocation", ArgSpec.invocation(p)));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("changed", true);
        r.put("path", path);
        FileModule.addPathInfo(r, RemoteFiles.stat(ctx, path, false, null));
        r.put("invocation", ArgSpec.invocation(p));
        return r;
    }
}
