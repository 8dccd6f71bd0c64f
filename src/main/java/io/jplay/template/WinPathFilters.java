package io.jplay.template;

import java.util.List;

/** Windows path filters with Python's {@code ntpath} semantics: win_basename, win_dirname, win_splitdrive. */
final class WinPathFilters {
    private WinPathFilters() {
    }

    static void register(Library lib) {
        lib.filter("win_basename", c -> split(text(c))[1]);
        lib.filter("win_dirname", c -> split(text(c))[0]);
        lib.filter("win_splitdrive", c -> {
            String[] d = splitdrive(text(c));
            return new Tuple(List.of(d[0], d[1]));
        });
    }

    private static String text(Call c) throws TemplateException {
        Object v = LazyVars.unwrap(c.value());
        if (!(v instanceof String s)) {
            throw new TemplateTypeError("expected str, bytes or os.PathLike object, not " + PythonRepr.typeName(v));
        }
        return s;
    }

    private static boolean sep(char c) {
        return c == '\\' || c == '/';
    }

    /** {@code ntpath.splitdrive}: {@code C:} drive letters, {@code \\server\share} and device prefixes. */
    static String[] splitdrive(String p) {
        if (p.length() >= 2) {
            String norm = p.replace('/', '\\');
            if (norm.startsWith("\\\\")) {
                int start = norm.length() >= 8 && norm.substring(0, 8).toUpperCase().equals("\\\\?\\UNC\\") ? 8 : 2;
                int index = norm.indexOf('\\', start);
                int index2 = index < 0 ? -1 : norm.indexOf('\\', index + 1);
                if (index2 < 0) {
                    return new String[] {p, ""};
                }
                return new String[] {p.substring(0, index2), p.substring(index2)};
            }
            if (norm.charAt(1) == ':') {
                return new String[] {p.substring(0, 2), p.substring(2)};
            }
        }
        return new String[] {"", p};
    }

    /** {@code ntpath.split}: (head, tail) with the drive kept on head and trailing separators dropped. */
    static String[] split(String path) {
        String[] d = splitdrive(path);
        String p = d[1];
        int i = p.length();
        while (i > 0 && !sep(p.charAt(i - 1))) {
            i--;
        }
        String head = p.substring(0, i);
        String tail = p.substring(i);
        int end = head.length();
        while (end > 0 && sep(head.charAt(end - 1))) {
            end--;
        }
        String stripped = head.substring(0, end);
        return new String[] {d[0] + (stripped.isEmpty() ? head : stripped), tail};
    }
}
