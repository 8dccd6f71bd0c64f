package io.jplay.module.builtin;

import io.jplay.module.ModuleException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file module's {@code mode}: an int (taken as is), an octal string ({@code "0644"}) or a symbolic
 * one ({@code "u+x,g=r"}) applied to the current mode the way Ansible applies it (no umask; {@code X}
 * only for directories or files already executable by someone).
 */
final class FileMode {
    private static final Pattern CLAUSE = Pattern.compile("([ugoa]*)([-+=])([rwxXst]*|[ugo])");
    private static final Map<Character, Integer> SHIFT = Map.of('u', 6, 'g', 3, 'o', 0);

    private FileMode() {
    }

    /** The resulting permission bits, or {@code null} when {@code mode} is {@code null}. */
    static Integer resolve(Object mode, int current, boolean isDir) throws ModuleException {
        if (mode == null) {
            return null;
        }
        if (mode instanceof Number n) {
            return n.intValue();
        }
        String text = mode.toString();
        if (text.matches("[0-7]+")) {
            return Integer.parseInt(text, 8);
        }
        int result = current & 07777;
        for (String clause : text.split(",")) {
            Matcher m = CLAUSE.matcher(clause);
            if (!m.matches()) {
                throw bad(text);
            }
            String users = m.group(1).isEmpty() || m.group(1).contains("a") ? "ugo" : m.group(1);
            result = apply(result, users, m.group(2).charAt(0), m.group(3), isDir);
        }
        return result;
    }

    private static ModuleException bad(String text) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("details", "bad symbolic permission for mode: " + text);
        return new ModuleException("mode must be in octal or symbolic form", extra);
    }

    private static int apply(int mode, String users, char op, String perms, boolean isDir) {
        int bits = 0;
        int clear = 0;
        for (char u : users.toCharArray()) {
            int shift = SHIFT.get(u);
            clear |= (7 << shift) | (u == 'u' ? 04000 : u == 'g' ? 02000 : 01000);
            if (perms.length() == 1 && "ugo".contains(perms)) {
                bits |= ((mode >> SHIFT.get(perms.charAt(0))) & 7) << shift;
                continue;
            }
            for (char p : perms.toCharArray()) {
                switch (p) {
                    case 'r' -> bits |= 4 << shift;
                    case 'w' -> bits |= 2 << shift;
                    case 'x' -> bits |= 1 << shift;
                    case 'X' -> bits |= (isDir || (mode & 0111) != 0) ? 1 << shift : 0;
                    case 's' -> bits |= u == 'u' ? 04000 : u == 'g' ? 02000 : 0;
                    case 't' -> bits |= u == 'o' ? 01000 : 0;
                    default -> { }
                }
            }
        }
        return switch (op) {
            case '+' -> mode | bits;
            case '-' -> mode & ~bits;
            default -> (mode & ~clear) | bits;
        };
    }

    /** Ansible's {@code '0%03o'}: {@code 0644}, {@code 04755}. */
    static String text(int mode) {
        return String.format("0%03o", mode);
    }
}
