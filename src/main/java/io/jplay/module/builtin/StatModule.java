package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code stat}: one exec of coreutils {@code stat -c}, {@code [ -r ]} tests, {@code readlink}, the
 * {@code <algorithm>sum} tool, and {@code lsattr} and {@code file} when present (without {@code file(1)}
 * the mime keys read {@code unknown}, as Ansible's).
 */
public final class StatModule implements Module {
    static final ArgSpec SPEC = ArgSpec.builder()
            .option(ArgOption.of("path", ArgType.PATH).asRequired().withAliases("dest", "name"))
            .option("follow", ArgType.BOOL, false)
            .option("get_checksum", ArgType.BOOL, true)
            .option("get_md5", ArgType.BOOL, false)
            .option(ArgOption.of("checksum_algorithm", ArgType.STR).withDefault("sha1")
                    .withAliases("checksum", "checksum_algo")
                    .withChoices("md5", "sha1", "sha224", "sha256", "sha384", "sha512"))
            .option(ArgOption.of("get_mime", ArgType.BOOL).withDefault(true).withAliases("mime", "mime_type", "mime-type"))
            .option(ArgOption.of("get_attributes", ArgType.BOOL).withDefault(true).withAliases("attr", "attributes"))
            .build();

    @Override
    public String name() {
        return "stat";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> p = SPEC.validate(ctx.moduleName("stat"), ctx.args());
        p.put("path", TargetPath.expand(ctx, (String) p.get("path")));
        String path = (String) p.get("path");
        boolean follow = (Boolean) p.get("follow");
        boolean attributes = (Boolean) p.get("get_attributes");
        String tool = (Boolean) p.get("get_checksum") ? RemoteFiles.checksumTool((String) p.get("checksum_algorithm")) : null;
        String script = StatProbe.script(path, follow, tool, attributes, (Boolean) p.get("get_mime"));
        boolean md5 = (Boolean) p.get("get_md5");
        if (md5) {
            script += " echo @@md5; " + StatProbe.script(path, follow, "md5sum", false);
        }
        String out = RemoteFiles.exec(ctx, script).stdoutText();
        FileStat stat = StatProbe.parse(out);
        Map<String, Object> statDict = stat.toAnsible(path, attributes);
        if (md5 && stat.exists()) {
            FileStat md5Stat = StatProbe.parse(out.substring(out.indexOf("@@md5")));
            if (md5Stat.checksum() != null) {
                statDict.put("md5", md5Stat.checksum());
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("changed", false);
        result.put("stat", statDict);
        result.put("invocation", ArgSpec.invocation(p));
        return result;
    }
}
