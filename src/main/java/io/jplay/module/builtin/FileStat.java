package io.jplay.module.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link StatProbe} learnt about one path on the target.
 *
 * @param rawMode {@code st_mode} (type and permission bits)
 * @param owner the owner's name, or {@code null} when the uid has no name
 * @param group the group's name, or {@code null} when the gid has no name
 * @param linkTarget {@code readlink} of a symlink (not followed), else {@code null}
 * @param linkSource the fully resolved path of a symlink (not followed), else {@code null}
 * @param checksum the hex digest, or {@code null} when not asked or not a readable regular file
 * @param attrFlags {@code lsattr}'s flag letters, or {@code null} when unknown
 * @param version {@code lsattr -v}'s generation number, or {@code null}
 * @param mime {@code file --mime-type --mime-encoding}'s output on one line, {@code ""} when {@code file} is
 *     missing or failed, {@code null} when not asked
 */
record FileStat(boolean exists, int rawMode, long size, long blocks, long blockSize, long uid, long gid, long dev,
        long inode, long nlink, long rdev, double atime, double mtime, double ctime, String owner, String group,
        boolean readable, boolean writeable, boolean executable, String linkTarget, String linkSource,
        String checksum, String attrFlags, String version, String mime) {

    static final FileStat ABSENT = new FileStat(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null,
            false, false, false, null, null, null, null, null, null);

    private static final int S_IFMT = 0170000;
    private static final Map<Character, String> ATTRIBUTES = attributeNames();

    boolean isDir() {
        return (rawMode & S_IFMT) == 0040000;
    }

    boolean isReg() {
        return (rawMode & S_IFMT) == 0100000;
    }

    boolean isLink() {
        return (rawMode & S_IFMT) == 0120000;
    }

    /** The permission bits as Ansible prints them: {@code 0644}. */
    String modeText() {
        return String.format("%04o", rawMode & 07777);
    }

    int permissions() {
        return rawMode & 07777;
    }

    /** Ansible's {@code get_state}: absent, link, directory, hard (regular file with several links) or file. */
    String state() {
        if (!exists) {
            return "absent";
        }
        if (isLink()) {
            return "link";
        }
        if (isDir()) {
            return "directory";
        }
        return nlink > 1 ? "hard" : "file";
    }

    static FileStat parse(List<String> lines) {
        String[] n = lines.get(0).trim().split(" ");
        int rawMode = Integer.parseInt(n[0], 16);
        long rdev = makedev(Long.parseLong(n[9], 16), Long.parseLong(n[10], 16));
        double atime = time(Long.parseLong(n[11]), lines.get(1));
        double mtime = time(Long.parseLong(n[12]), lines.get(2));
        double ctime = time(Long.parseLong(n[13]), lines.get(3));
        String owner = named(lines.get(4));
        String group = named(lines.get(5));
        int i = 6;
        boolean r = lines.get(i++).equals("1");
        boolean w = lines.get(i++).equals("1");
        boolean x = lines.get(i++).equals("1");
        String target = null;
        String source = null;
        if (lines.get(i++).equals("link")) {
            target = lines.get(i++);
            source = lines.get(i++);
        }
        String checksum = null;
        String flags = null;
        String version = null;
        String mime = null;
        while (i < lines.size() && !lines.get(i).equals(StatProbe.END)) {
            String marker = lines.get(i++);
            if (marker.equals("sum") && i < lines.size()) {
                checksum = lines.get(i++).split(" ")[0];
            } else if (marker.equals("attr") && i < lines.size()) {
                String[] parts = lines.get(i++).trim().split("\\s+");
                if (parts.length >= 2) {
                    version = parts[0];
                    flags = parts[1].replace("-", "");
                }
            } else if (marker.equals("mime") && i < lines.size()) {
                mime = lines.get(i++);
            } else if (marker.equals("nomime")) {
                mime = "";
            }
        }
        return new FileStat(true, rawMode, Long.parseLong(n[1]), Long.parseLong(n[2]), Long.parseLong(n[3]),
                Long.parseLong(n[4]), Long.parseLong(n[5]), Long.parseLong(n[6]), Long.parseLong(n[7]),
                Long.parseLong(n[8]), rdev, atime, mtime, ctime, owner, group, r, w, x, target, source, checksum,
                flags, version, mime);
    }

    private static String named(String name) {
        return name.isEmpty() || name.equals("UNKNOWN") ? null : name;
    }

    /** Python's {@code st_atime}: seconds plus the nanoseconds of {@code %x}, as one double. */
    private static double time(long seconds, String human) {
        int dot = human.indexOf('.');
        long nanos = 0;
        if (dot >= 0) {
            int end = dot + 1;
            while (end < human.length() && Character.isDigit(human.charAt(end))) {
                end++;
            }
            String digits = (human.substring(dot + 1, end) + "000000000").substring(0, 9);
            nanos = Long.parseLong(digits);
        }
        return seconds + nanos * 1e-9;
    }

    private static long makedev(long major, long minor) {
        return (minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xffL) << 12) | ((major & ~0xfffL) << 32);
    }

    /** The {@code stat} dictionary of Ansible's stat module. */
    Map<String, Object> toAnsible(String path, boolean withAttributes) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (!exists) {
            s.put("exists", false);
            return s;
        }
        int fmt = rawMode & S_IFMT;
        s.put("exists", true);
        s.put("path", path);
        s.put("mode", modeText());
        s.put("isdir", fmt == 0040000);
        s.put("ischr", fmt == 0020000);
        s.put("isblk", fmt == 0060000);
        s.put("isreg", fmt == 0100000);
        s.put("isfifo", fmt == 0010000);
        s.put("islnk", fmt == 0120000);
        s.put("issock", fmt == 0140000);
        s.put("uid", uid);
        s.put("gid", gid);
        s.put("size", size);
        s.put("inode", inode);
        s.put("dev", dev);
        s.put("nlink", nlink);
        s.put("atime", atime);
        s.put("mtime", mtime);
        s.put("ctime", ctime);
        String[] who = {"usr", "grp", "oth"};
        for (int k = 0; k < 3; k++) {
            int shift = 6 - 3 * k;
            s.put("w" + who[k], (rawMode >> shift & 2) != 0);
            s.put("r" + who[k], (rawMode >> shift & 4) != 0);
            s.put("x" + who[k], (rawMode >> shift & 1) != 0);
        }
        s.put("isuid", (rawMode & 04000) != 0);
        s.put("isgid", (rawMode & 02000) != 0);
        s.put("blocks", blocks);
        s.put("block_size", blockSize);
        s.put("device_type", rdev);
        s.put("readable", readable);
        s.put("writeable", writeable);
        s.put("executable", executable);
        if (owner != null) {
            s.put("pw_name", owner);
        }
        if (group != null) {
            s.put("gr_name", group);
        }
        if (linkTarget != null) {
            s.put("lnk_source", linkSource);
            s.put("lnk_target", linkTarget);
        }
        if (checksum != null) {
            s.put("checksum", checksum);
        }
        if (mime != null) {
            putMime(s);
        }
        if (withAttributes) {
            s.put("version", version);
            s.put("attributes", attributeList());
            s.put("attr_flags", attrFlags == null ? "" : attrFlags);
        }
        return s;
    }

    /** The stat module's reading of {@code file}'s "path: type; charset=x": {@code unknown} where it does not parse. */
    private void putMime(Map<String, Object> s) {
        String type = "unknown";
        String charset = "unknown";
        int colon = mime.lastIndexOf(':');
        String[] parts = colon < 0 ? new String[0] : mime.substring(colon + 1).split(";", -1);
        if (parts.length == 2) {
            type = parts[0].strip();
            String[] kv = parts[1].split("=", -1);
            if (kv.length >= 2) {
                charset = kv[1].strip();
            }
        }
        s.put("mimetype", type);
        s.put("charset", charset);
    }

    private List<String> attributeList() {
        List<String> names = new ArrayList<>();
        if (attrFlags != null) {
            for (char c : attrFlags.toCharArray()) {
                String name = ATTRIBUTES.get(c);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Map<Character, String> attributeNames() {
        Map<Character, String> m = new LinkedHashMap<>();
        String[][] pairs = {{"A", "noatime"}, {"a", "append"}, {"c", "compressed"}, {"C", "nocow"}, {"d", "nodump"},
            {"D", "dirsync"}, {"e", "extents"}, {"E", "encrypted"}, {"h", "blocksize"}, {"i", "immutable"},
            {"I", "indexed"}, {"j", "journalled"}, {"N", "inline"}, {"s", "zero"}, {"S", "synchronous"},
            {"t", "notail"}, {"T", "blockroot"}, {"u", "undelete"}, {"X", "compressedraw"}, {"Z", "compresseddirty"}};
        for (String[] p : pairs) {
            m.put(p[0].charAt(0), p[1]);
        }
        return Map.copyOf(m);
    }
}
