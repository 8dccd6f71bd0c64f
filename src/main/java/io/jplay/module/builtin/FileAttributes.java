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
    /** The numeric ids of {@code owner} and {@code group} on the target, where looked up ({@link #withIds}). */
    private final Long ownerId;
    private final Long groupId;
    /** The remote user's uid and gid: who a path created now belongs to. */
    private final Long selfUid;
    private final Long selfGid;

    FileAttributes(Object mode, String owner, String group) {
        this(mode, owner, group, new Long[4]);
    }

    private FileAttributes(Object mode, String owner, String group, Long[] ids) {
        this.mode = mode;
        this.owner = owner;
        this.group = group;
        this.ownerId = ids[0];
        this.groupId = ids[1];
        this.selfUid = ids[2];
        this.selfGid = ids[3];
    }

    /**
     * Shell that prints the target's ids of an owner or group given by name ({@code @@id owner 0}): Ansible's diff
     * names the ids it changed to. Empty when both are numbers or absent.
     */
    String idProbe() {
        StringBuilder sh = new StringBuilder();
        if (owner != null || group != null) {
            sh.append("echo \"@@id selfu $(id -u)\"; echo \"@@id selfg $(id -g)\"; ");
        }
        if (owner != null && !owner.matches("\\d+")) {
            sh.append("echo \"@@id owner $(id -u -- ").append(ShellQuote.quote(owner)).append(" 2>/dev/null)\"; ");
        }
        if (group != null && !group.matches("\\d+")) {
            sh.append("echo \"@@id group $(getent group -- ").append(ShellQuote.quote(group))
                    .append(" 2>/dev/null | cut -d: -f3)\"; ");
        }
        return sh.toString();
    }

    /** These attributes with the ids {@link #idProbe()} printed in {@code output} (a name not found keeps its name). */
    FileAttributes withIds(String output) {
        return new FileAttributes(mode, owner, group,
                new Long[] {id(output, "owner"), id(output, "group"), id(output, "selfu"), id(output, "selfg")});
    }

    private static Long id(String output, String which) {
        return output.lines().filter(l -> l.startsWith("@@id " + which + " ")).map(l -> l.substring(5 + which.length() + 1).strip())
                .filter(v -> v.matches("\\d+")).map(Long::valueOf).findFirst().orElse(null);
    }

    /** The value Ansible's diff shows for a wanted owner or group: its number (given, or looked up), else the name. */
    private static Object wantedId(String wanted, Long looked) {
        return wanted.matches("\\d+") ? Long.valueOf(Long.parseLong(wanted)) : looked != null ? looked : wanted;
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
        if (current.exists()) {
            changed = planOwnership(current.owner(), current.uid(), current.group(), current.gid(), flags, p, recurse,
                    noFollow, commands, before, after);
        } else if (selfUid != null && selfGid != null) {
            // a path about to be created belongs to the remote user; Ansible compares the wanted ids with that
            changed = planOwnership(null, selfUid, null, selfGid, flags, p, recurse, noFollow, commands, before, after);
        } else {
            // who the new path will belong to is not known: set what was asked, report no difference
            if (owner != null) {
                commands.add("chown " + flags + "-- " + ShellQuote.quote(owner) + " " + p);
            }
            if (group != null) {
                commands.add("chgrp " + flags + "-- " + ShellQuote.quote(group) + " " + p);
            }
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

    private boolean planOwnership(String ownerName, long uid, String groupName, long gid, String flags, String p,
            boolean recurse, boolean noFollow, List<String> commands, Map<String, Object> before,
            Map<String, Object> after) {
        boolean changed = false;
        if (owner != null && !matches(owner, ownerId, ownerName, uid)) {
            before.put("owner", uid);
            after.put("owner", wantedId(owner, ownerId));
            commands.add("chown " + flags + "-- " + ShellQuote.quote(owner) + " " + p);
            changed = true;
        } else if (owner != null && recurse) {
            commands.add(recursive("chown", owner, noFollow, p));
        }
        if (group != null && !matches(group, groupId, groupName, gid)) {
            before.put("group", gid);
            after.put("group", wantedId(group, groupId));
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

    private static boolean matches(String wanted, Long looked, String name, long id) {
        return wanted.matches("\\d+") ? Long.parseLong(wanted) == id : looked != null ? looked == id : wanted.equals(name);
    }
}
