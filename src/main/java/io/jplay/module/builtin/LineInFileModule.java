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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code lineinfile}: one exec reads the file ({@code stat} + {@code cat}), the edit happens in Java
 * ({@link LineEdit}), and a changed file goes back with {@code put} to a temp file that one more exec
 * moves into place (with backup, validate and the file attributes).
 */
public final class LineInFileModule implements Module {
    static final ArgSpec SPEC = FileArgs.common(ArgSpec.builder()
            .option(ArgOption.of("path", ArgType.PATH).asRequired().withAliases("dest", "destfile", "name"))
            .option(ArgOption.of("state", ArgType.STR).withDefault("present").withChoices("absent", "present"))
            .option(ArgOption.of("regexp", ArgType.STR).withAliases("regex"))
            .option("search_string", ArgType.STR)
            .option(ArgOption.of("line", ArgType.STR).withAliases("value"))
            .option("insertafter", ArgType.STR)
            .option("insertbefore", ArgType.STR)
            .option("backrefs", ArgType.BOOL, false)
            .option("create", ArgType.BOOL, false)
            .option("backup", ArgType.BOOL, false)
            .option("firstmatch", ArgType.BOOL, false)
            .option("validate", ArgType.STR)
            .mutuallyExclusive("insertbefore", "insertafter")
            .mutuallyExclusive("regexp", "search_string")
            .mutuallyExclusive("backrefs", "search_string"))
            .build();
    private static final String CONTENT = "@@content\n";

    @Override
    public String name() {
        return "lineinfile";
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        Map<String, Object> p = SPEC.validate(ctx.moduleName("lineinfile"), ctx.args());
        p.put("path", TargetPath.expand(ctx, (String) p.get("path")));
        Map<String, Object> invocation = ArgSpec.invocation(p);
        List<String> warnings = emptyPatternWarning((String) p.get("regexp"), (String) p.get("search_string"));
        try {
            Map<String, Object> result = edit(ctx, p);
            result.put("invocation", invocation);
            if (!warnings.isEmpty()) {
                result.put("warnings", warnings);
            }
            return result;
        } catch (ModuleException e) {
            Map<String, Object> r = e.toResult();
            r.put("changed", false);
            r.put("invocation", invocation);
            if (!warnings.isEmpty()) {
                r.put("warnings", warnings);
            }
            throw new ModuleException(e.getMessage(), r);
        }
    }

    /** The module's warning (in its result) about an empty {@code regexp} or {@code search_string}. */
    private static List<String> emptyPatternWarning(String regexp, String search) {
        if (!"".equals(regexp) && !"".equals(search)) {
            return List.of();
        }
        String name = "".equals(regexp) ? "regular expression" : "search string";
        return List.of("The " + name + " is an empty string, which will match every line in the file. This may have"
                + " unintended consequences, such as replacing the last line in the file rather than appending."
                + ("".equals(regexp) ? " If this is desired, use '^' to match every line in the file and avoid this warning." : ""));
    }

    private static Map<String, Object> edit(ModuleContext ctx, Map<String, Object> p) throws ModuleException, ConnectionException {
        String path = (String) p.get("path");
        String regexp = (String) p.get("regexp");
        String search = (String) p.get("search_string");
        String line = (String) p.get("line");
        String probe = new FileProbe().stat("path", path, true).test("isdir", "[ -d " + q(path) + " ]")
                .raw("if [ -f " + q(path) + " ]; then printf '" + CONTENT.replace("\n", "\\n") + "'; cat -- " + q(path) + "; fi")
                .script();
        ExecResult read = RemoteFiles.exec(ctx, probe);
        String out = read.stdoutText();
        if (FileProbe.yes(out, "isdir")) {
            throw new ModuleException("Path " + path + " is a directory !", Map.of("rc", 256));
        }
        FileStat st = FileProbe.stat(out, "path");
        boolean present = p.get("state").equals("present");
        if (present && Boolean.TRUE.equals(p.get("backrefs")) && regexp == null) {
            throw new ModuleException("regexp is required with backrefs=true");
        }
        if (present && line == null) {
            throw new ModuleException("line is required with state=present");
        }
        if (!present && regexp == null && search == null && line == null) {
            throw new ModuleException("one of line, search_string, or regexp is required with state=absent");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (!st.exists()) {
            if (!present) {
                result.put("changed", false);
                result.put("msg", "file not present");
                return result;
            }
            if (!(Boolean) p.get("create")) {
                throw new ModuleException("Destination " + path + " does not exist !", Map.of("rc", 257));
            }
        }
        List<String> lines = LineEdit.readlines(content(read.stdout()));
        String before = String.join("", lines);
        LineEdit.Outcome outcome = present
                ? LineEdit.present(lines, regexp, search, line, (String) p.get("insertafter"), (String) p.get("insertbefore"),
                        (Boolean) p.get("backrefs"), (Boolean) p.get("firstmatch"))
                : LineEdit.absent(lines, regexp, search, line);
        String after = String.join("", outcome.lines());
        Map<String, Object> diff = new LinkedHashMap<>();
        diff.put("before", ctx.diffMode() ? before : "");
        diff.put("after", ctx.diffMode() ? after : "");
        diff.put("before_header", path + " (content)");
        diff.put("after_header", path + " (content)");
        boolean changed = outcome.changed();
        String backup = "";
        if (ctx.checkMode() && !st.exists()) {
            result.put("changed", changed);
            result.put("msg", outcome.msg());
            result.put("backup", backup);
            result.put("diff", diff);
            return result;
        }
        Map<String, Object> attrBefore = new LinkedHashMap<>();
        Map<String, Object> attrAfter = new LinkedHashMap<>();
        List<String> attrCommands = new ArrayList<>();
        FileStat current = st.exists() ? st : FileStat.ABSENT;
        boolean attrsChanged = FileAttributes.of(p).plan(path, current, 0644, false, false, attrCommands, attrBefore, attrAfter);
        if (!ctx.checkMode()) {
            backup = write(ctx, p, path, st, changed ? after : null, attrCommands);
        }
        String msg = outcome.msg();
        if (attrsChanged) {
            msg = (changed ? msg + " and " : msg) + "ownership, perms or SE linux context changed";
            changed = true;
        }
        Map<String, Object> attrDiff = new LinkedHashMap<>();
        if (!attrBefore.isEmpty()) {
            attrDiff.put("before", attrBefore);
            attrDiff.put("after", attrAfter);
        }
        attrDiff.put("before_header", path + " (file attributes)");
        attrDiff.put("after_header", path + " (file attributes)");
        result.put("changed", changed);
        if (!present) {
            result.put("found", outcome.found());
        }
        result.put("msg", msg);
        result.put("backup", backup);
        result.put("diff", new ArrayList<>(List.of(diff, attrDiff)));
        return result;
    }

    /** Writes the new text (when not {@code null}) and applies the attribute commands; returns the backup path or "". */
    private static String write(ModuleContext ctx, Map<String, Object> p, String path, FileStat st, String text,
            List<String> attrCommands) throws ModuleException, ConnectionException {
        if (text == null) {
            if (!attrCommands.isEmpty()) {
                RemoteFiles.exec(ctx, String.join(" && ", attrCommands));
            }
            return "";
        }
        String dir = FilePlan.dirname(path).isEmpty() ? "." : FilePlan.dirname(path);
        if (!st.exists()) {
            RemoteFiles.exec(ctx, "mkdir -p -- " + q(dir));
        }
        String tmp = FilePlan.join(dir, ".jplay." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        ctx.connection().put(text.getBytes(StandardCharsets.UTF_8), tmp, st.exists() ? st.permissions() : 0644);
        Map<String, Object> installed = new LinkedHashMap<>();
        Map<String, Object> args = new LinkedHashMap<>(p);
        args.put("owner", null);
        args.put("group", null);
        try {
            new CopyTransfer(ctx, args).install(tmp, path, st, installed, attrCommands);
        } catch (ModuleException e) {
            if (!"failed to validate".equals(e.getMessage())) {
                throw e;
            }
            Map<String, Object> r = e.toResult();
            throw new ModuleException("failed to validate: rc:" + r.get("exit_status") + " error:" + r.get("stderr"));
        }
        return (String) installed.getOrDefault("backup_file", "");
    }

    private static String content(byte[] stdout) {
        byte[] marker = CONTENT.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + marker.length <= stdout.length; i++) {
            if (Arrays.equals(stdout, i, i + marker.length, marker, 0, marker.length)) {
                return new String(stdout, i + marker.length, stdout.length - i - marker.length, StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
