package io.jplay.module.builtin;

import static io.jplay.module.builtin.FileModule.q;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ModuleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code file}, {@code directory}, {@code link}, {@code hard} and {@code touch} states of the file module. */
final class FileStates {
    private static final int CREATED_FILE_MODE = 0644;
    private static final int CREATED_DIR_MODE = 0755;
    private final FilePlan plan;
    private final String path;

    FileStates(FilePlan plan) {
        this.plan = plan;
        this.path = plan.path();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> side(Map<String, Object> diff, String which) {
        return (Map<String, Object>) diff.get(which);
    }

    private Map<String, Object> result(String key, String target, boolean changed, Map<String, Object> diff,
            FileStat after) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(key, target);
        if (key.equals("dest") && plan.src() != null) {
            r.put("src", plan.src());
        }
        r.put("changed", changed);
        if (diff != null) {
            r.put("diff", diff);
        }
        FileModule.addPathInfo(r, after);
        return r;
    }

    Map<String, Object> file(String prev) throws ModuleException, ConnectionException, FilePlan.Failure {
        String target = path;
        FileStat st = plan.lstat();
        if (!prev.equals("file") && plan.follow() && prev.equals("link")) {
            target = st.linkSource();
            st = plan.followed();
            prev = st.state();
        }
        if (!prev.equals("file") && !prev.equals("hard")) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("msg", "file (" + target + ") is " + prev + ", cannot continue");
            r.put("path", target);
            r.put("state", prev);
            throw new FilePlan.Failure(r);
        }
        return attributesOnly(target, st, "file", prev);
    }

    private Map<String, Object> attributesOnly(String target, FileStat st, String state, String prev)
            throws ModuleException, ConnectionException, FilePlan.Failure {
        Map<String, Object> diff = FilePlan.initialDiff(target, state, prev);
        List<String> commands = FileModule.commands();
        boolean[] changed = {planAttributes(target, st, 0, false, plan.recurse(), commands, diff)};
        FileTimes.of(plan.params(), state).plan(target, false, commands);
        FileStat after = plan.apply(commands, target, changed);
        return result("path", target, changed[0], diff, after);
    }

    private boolean planAttributes(String target, FileStat st, int createdMode, boolean noFollow, boolean recurse,
            List<String> commands, Map<String, Object> diff) throws FilePlan.Failure {
        try {
            return plan.attributes().plan(target, st, createdMode, noFollow, recurse, commands, side(diff, "before"),
                    side(diff, "after"));
        } catch (ModuleException e) {
            throw plan.fail(e);
        }
    }

    Map<String, Object> directory(String prev) throws ModuleException, ConnectionException, FilePlan.Failure {
        String target = path;
        FileStat st = plan.lstat();
        if (plan.follow() && prev.equals("link")) {
            target = st.linkSource();
            st = plan.followed();
            prev = st.state();
        }
        if (prev.equals("absent")) {
            Map<String, Object> diff = FilePlan.initialDiff(target, "directory", prev);
            List<String> commands = FileModule.commands();
            StringBuilder current = new StringBuilder(target.startsWith("/") ? "" : ".");
            for (String part : target.replaceAll("^/+|/+$", "").split("/+")) {
                current.append('/').append(part);
                String c = current.toString().startsWith("./") ? current.substring(2) : current.toString();
                List<String> attrs = FileModule.commands();
                planAttributes(c, FileStat.ABSENT, CREATED_DIR_MODE, false, false, attrs, diff);
                String then = attrs.isEmpty() ? "" : " && " + String.join(" && ", attrs);
                commands.add("if [ ! -e " + q(c) + " ]; then mkdir -- " + q(c) + then + "; fi");
            }
            FileTimes.of(plan.params(), "directory").plan(target, false, commands);
            FileStat after = plan.apply(commands, target, new boolean[1]);
            return result("path", target, true, diff, after);
        }
        if (!prev.equals("directory")) {
            throw plan.fail(target + " already exists as a " + prev, "path", target);
        }
        return attributesOnly(target, st, "directory", prev);
    }

    Map<String, Object> link(String prev) throws ConnectionException, FilePlan.Failure {
        FileStat st = plan.lstat();
        String src = plan.src();
        if (src == null && plan.follow() && plan.followed().exists() && st.isLink()) {
            src = st.linkTarget();
        }
        boolean pathIsDir = !st.isLink() && st.isDir();
        String absrc = src == null ? null : FilePlan.join(pathIsDir ? path : FilePlan.dirname(path), src);
        boolean srcExists = FileProbe.yes(plan.probeOutput(), pathIsDir ? "src-in" : "src-beside");
        if (!plan.force() && src != null && !srcExists) {
            throw plan.fail("src file does not exist, use \"force=yes\" if you really want to create the link: " + absrc,
                    "path", path, "src", src);
        }
        if ((prev.equals("directory") || prev.equals("file") || prev.equals("hard")) && !plan.force()) {
            throw plan.fail("refusing to convert from " + prev + " to symlink for " + path, "path", path);
        }
        Map<String, Object> diff = FilePlan.initialDiff(path, "link", prev);
        boolean changed = false;
        if (!prev.equals("link")) {
            if (src == null) {
                throw new FilePlan.Failure(new LinkedHashMap<>(Map.of("msg", "src is required for creating new symlinks")));
            }
            changed = true;
        } else if (src != null && !src.equals(st.linkTarget())) {
            side(diff, "before").put("src", st.linkTarget());
            side(diff, "after").put("src", src);
            changed = true;
        }
        List<String> commands = FileModule.commands();
        if (changed) {
            if (prev.equals("directory")) {
                commands.add("rmdir -- " + q(path));
            } else if (!prev.equals("absent")) {
                commands.add("rm -f -- " + q(path));
            }
            commands.add("ln -s -- " + q(src) + " " + q(path));
        }
        boolean[] flag = {changed};
        if (!plan.attributes().isEmpty()) {
            flag[0] |= planAttributes(path, prev.equals("link") ? st : FileStat.ABSENT, 0777, true, false, commands, diff);
        }
        FileStat after = plan.apply(commands, path, flag);
        Map<String, Object> r = result("dest", path, flag[0], diff, after);
        r.put("src", src);
        return r;
    }

    Map<String, Object> hard(String prev) throws ConnectionException, FilePlan.Failure {
        String src = plan.src();
        if (!prev.equals("hard") && src == null) {
            throw new FilePlan.Failure(new LinkedHashMap<>(Map.of("msg", "src is required for creating new hardlinks")));
        }
        FileStat srcStat = FileProbe.stat(plan.probeOutput(), "src");
        if (src != null && !srcStat.exists()) {
            throw plan.fail("src does not exist", "dest", path, "src", src);
        }
        Map<String, Object> diff = FilePlan.initialDiff(path, "hard", prev);
        boolean changed = false;
        FileStat st = plan.lstat();
        switch (prev) {
            case "absent" -> changed = true;
            case "link" -> {
                if (!st.linkTarget().equals(src)) {
                    side(diff, "before").put("src", st.linkTarget());
                    side(diff, "after").put("src", src);
                    changed = true;
                }
            }
            case "hard" -> {
                if (src != null && plan.followed().inode() != srcStat.inode()) {
                    changed = true;
                    if (!plan.force()) {
                        throw plan.fail("Cannot link, different hard link exists at destination", "dest", path, "src", src);
                    }
                }
            }
            case "file" -> {
                changed = true;
                if (!plan.force()) {
                    throw plan.fail("Cannot link, file exists at destination", "dest", path, "src", src);
                }
            }
            default -> {
                if (plan.followed().inode() == srcStat.inode()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("path", path);
                    r.put("changed", false);
                    return r;
                }
                changed = true;
                if (!plan.force()) {
                    throw plan.fail("Cannot link: different hard link exists at destination", "dest", path, "src", src);
                }
            }
        }
        List<String> commands = FileModule.commands();
        if (changed) {
            if (prev.equals("directory")) {
                commands.add("rmdir -- " + q(path));
            }
            commands.add("ln -f -- " + q(src) + " " + q(path));
        }
        boolean[] flag = {changed};
        flag[0] |= planAttributes(path, srcStat, 0, false, false, commands, diff);
        FileStat after = plan.apply(commands, path, flag);
        return result("dest", path, flag[0], diff, after);
    }

    Map<String, Object> touch(String prev) throws ModuleException, ConnectionException, FilePlan.Failure {
        if (prev.equals("absent") && plan.ctx().checkMode()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("dest", path);
            r.put("changed", true);
            FileModule.addPathInfo(r, FileStat.ABSENT);
            return r;
        }
        Map<String, Object> diff = FilePlan.initialDiff(path, "touch", prev);
        List<String> commands = FileModule.commands();
        FileStat st = plan.lstat();
        boolean noDeref = !plan.follow() && st.isLink();
        if (prev.equals("absent")) {
            commands.add("touch -- " + q(path));
        }
        planAttributes(path, prev.equals("absent") ? FileStat.ABSENT : st, CREATED_FILE_MODE, noDeref, false, commands, diff);
        FileTimes times = FileTimes.of(plan.params(), "touch");
        times.plan(path, noDeref, commands);
        FileStat after = plan.apply(commands, path, new boolean[1]);
        FileStat before = prev.equals("absent") ? after : st;
        if (!times.untouched()) {
            // with both times preserved Ansible's update_timestamp_for_file returns before it writes the diff
            side(diff, "before").put("atime", before.atime());
            side(diff, "before").put("mtime", before.mtime());
            side(diff, "after").put("atime", after.atime());
            side(diff, "after").put("mtime", after.mtime());
        }
        if (prev.equals("absent") && side(diff, "after").containsKey("mode")) {
            // a mode asked for is compared with the new file's (umask) mode; without one, none is reported
            side(diff, "before").putIfAbsent("mode", FileMode.text(CREATED_FILE_MODE));
        }
        return result("dest", path, true, diff, after);
    }
}
