package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ShellQuote;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code file}: at most two execs, one that probes the path (and {@code src}), and one that applies
 * the planned {@code mkdir}/{@code touch}/{@code ln}/{@code rm}/{@code chmod}/{@code chown} commands and
 * stats the result. SELinux and {@code attributes} options are accepted and ignored.
 */
public final class FileModule implements Module {
    static final ArgSpec SPEC = FileArgs.common(ArgSpec.builder()
            .option(ArgOption.of("state", ArgType.STR).withChoices("absent", "directory", "file", "hard", "link", "touch"))
            .option(ArgOption.of("path", ArgType.PATH).asRequired().withAliases("dest", "name"))
            .option("_original_basename", ArgType.STR)
            .option("recurse", ArgType.BOOL, false)
            .option("force", ArgType.BOOL, false)
            .option("follow", ArgType.BOOL, true)
            .option("_diff_peek", ArgType.BOOL)
            .option("src", ArgType.PATH)
            .option("modification_time", ArgType.STR)
            .option("modification_time_format", ArgType.STR, "%Y%m%d%H%M.%S")
            .option("access_time", ArgType.STR)
            .option("access_time_format", ArgType.STR, "%Y%m%d%H%M.%S"))
            .build();

    @Override
    public String name() {
        return "file";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> p = SPEC.validate(ctx.moduleName("file"), ctx.args());
        p.put("path", TargetPath.expand(ctx, (String) p.get("path")));
        Map<String, Object> invocation = ArgSpec.invocation(p);
        try {
            Map<String, Object> result = new FilePlan(ctx, p).run();
            result.put("invocation", invocation);
            return result;
        } catch (FilePlan.Failure f) {
            Map<String, Object> result = new LinkedHashMap<>(f.result());
            result.put("failed", true);
            result.put("invocation", invocation);
            result.putIfAbsent("changed", false);
            return result;
        }
    }

    /**
     * Ansible's {@code add_path_info}: the lstat of the result's path as {@code uid}, {@code mode}, {@code state}, ...;
     * nothing for a path that does not exist (a check-mode directory or touch of a new path has no {@code state}).
     */
    static void addPathInfo(Map<String, Object> result, FileStat st) {
        if (!st.exists()) {
            return;
        }
        result.put("uid", st.uid());
        result.put("gid", st.gid());
        result.put("owner", st.owner() == null ? String.valueOf(st.uid()) : st.owner());
        result.put("group", st.group() == null ? String.valueOf(st.gid()) : st.group());
        result.put("mode", FileMode.text(st.permissions()));
        result.put("state", st.state());
        result.put("size", st.size());
    }

    /** Shell quoting shorthand for the planners. */
    static String q(String word) {
        return ShellQuote.quote(word);
    }

    static List<String> commands() {
        return new ArrayList<>();
    }
}
