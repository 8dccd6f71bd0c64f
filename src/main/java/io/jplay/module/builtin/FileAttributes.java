package io.jplay.module.builtin;

import io.jplay.connection.ShellQuote;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The common file arguments ({@code mode}, {@code owner}, {@code group}) compared with a path's
 * current state, as Ansible's {@code set_fs_attributes_if_different}: the shell commands that make
 * them so, and the {@code before}/{@code after} entries of the diff.
 */
final class FileAttributes {
    private final Object mode;
    private final String owner;
    private final String group;

    FileAttributes(Object mode, String owner, String group) {
        this.mode = mode;
        this.owner = owner;
        this.group = group;
    }

    static FileAttributes of(Map<String, Object> params) {
        return new FileAttributes(params.get("mode"), (String) params.get("owner"), (String) params.get("group"));
    }

    boolean isEmpty() {
        return mode == null && owner == null && group == null;
    }

    /**
     * Adds the commands that bring {@code path} (currently {@code current}, absent meaning "about to be
     * created with {@code createdMode}") to the wanted attributes, and records the diff.
     *
     * @param noFollow whether {@code path} is a symlink that is changed itself ({@code chown -h}, no chmod)
     * @return whether anything changes
     */
    boolean plan(String path, FileStat current, int createdMode, boolean noFollow, boolean recurse,
            List<String> commands, Map<String, Object> before, Map<String, Object> after) throws ModuleException {
        boolean changed = false;
        String p = ShellQuote.quote(path);
        String flags = (recurse ? "-R " : "") + (noFollow ? "-h " : "");
        if (!current.exists()) {
            // a path about to be created: Ansible compares the owner and group with what the new path got (usually
            // what was asked), so its diff names them only where they differ; here that is not known yet
            if (owner != null) {
                commands.add("chown " + flags + "-- " + ShellQuote.quote(owner) + " " + p);
            }
            if (group != null) {
                commands.add("chgrp " + flags + "-- " + ShellQuote.quote(group) + " " + p);
            }
        } else {
            changed = planOwnership(current, flags, p, recurse, noFollow, commands, before, after);
        }
        int currentMode = current.exists() ? current.permissions() : createdMode;
        Integer wanted = FileMode.resolve(mode, currentMode, current.exists() ? current.isDir() : false);
        if (wanted != null && !noFollow) {
            if (wanted != currentMode) {
                before.put("mode", FileMode.text(currentMode));
                after.put("mode", FileMode.text(wanted));
                changed = true;
                commands.add("chmod " + String.format("%04o", wanted) + " -- " + p);
            }
            if (recurse) {
                commands.add(recursive("chmod", String.format("%04o", wanted), false, p));
            }
        }
        return changed;
    }

    private boolean planOwnership(FileStat current, String flags, String p, boolean recurse, boolean noFollow,
            List<String> commands, Map<String, Object> before, Map<String, Object> after) {
        boolean changed = false;
        if (owner != null && !matches(owner, current.owner(), current.uid())) {
            before.put("owner", current.uid());
            after.put("owner", owner.matches("\\d+") ? Long.parseLong(owner) : owner);
            commands.add("chown " + flags + "-- " + ShellQuote.quote(owner) + " " + p);
            changed = true;
        } else if (owner != null && recurse) {
            commands.add(recursive("chown", owner, noFollow, p));
        }
        if (group != null && !matches(group, current.group(), current.gid())) {
            before.put("group", current.gid());
            after.put("group", group.matches("\\d+") ? Long.parseLong(group) : group);
            commands.add("chgrp " + flags + "-- " + ShellQuote.quote(group) + " " + p);
            changed = true;
        } else if (group != null && recurse) {
            commands.add(recursive("chgrp", group, noFollow, p));
        }
        return changed;
    }

    /** A recursive change that prints {@code @@changed} when it changed anything (GNU {@code -c}). */
    private static String recursive(String tool, String value, boolean noFollow, String quotedPath) {
        return "jplay_c=$(" + tool + " -R -c " + (noFollow ? "-h " : "") + "-- " + ShellQuote.quote(value) + " "
                + quotedPath + "); if [ -n \"$jplay_c\" ]; then echo @@changed; fi";
    }

    private static boolean matches(String wanted, String name, long id) {
        return wanted.matches("\\d+") ? Long.parseLong(wanted) == id : wanted.equals(name);
    }
}
