package io.jplay.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** POSIX path filters, with Python's {@code os.path} semantics. */
final class PathFilters {
    private PathFilters() {
    }

    static void register(Library lib) {
        lib.filter("basename", c -> {
            String s = TextFilters.str(c);
            return s.substring(s.lastIndexOf('/') + 1);
        });
        lib.filter("dirname", c -> dirname(TextFilters.str(c)));
        lib.filter("expanduser", c -> {
            String s = TextFilters.str(c);
            return c.rt().templater.expandUser(s);
        });
        lib.filter("realpath", c -> {
            Path p = Path.of(TextFilters.str(c)).toAbsolutePath();
            try {
                return p.toRealPath().toString();
            } catch (IOException e) {
                return p.normalize().toString();
            }
        });
        lib.filter("relpath", c -> {
            Path start = Path.of(c.string(0, "start", ".")).toAbsolutePath().normalize();
            return start.relativize(Path.of(TextFilters.str(c)).toAbsolutePath().normalize()).toString();
        });
        lib.filter("splitext", c -> {
            String s = TextFilters.str(c);
            int slash = s.lastIndexOf('/');
            int dot = s.lastIndexOf('.');
            int nameStart = slash + 1;
            while (nameStart < s.length() && s.charAt(nameStart) == '.') {
                nameStart++;
            }
            if (dot < nameStart) {
                return new Tuple(List.of(s, ""));
            }
            return new Tuple(List.of(s.substring(0, dot), s.substring(dot)));
        });
        lib.filter("path_join", c -> {
            List<Object> parts = c.value() instanceof String ? List.of(c.value()) : Ops.iterate(c.value());
            String out = "";
            for (Object o : parts) {
                String p = PythonRepr.str(o);
                if (p.startsWith("/") || out.isEmpty()) {
                    out = p;
                } else {
                    out = out.endsWith("/") ? out + p : out + "/" + p;
                }
            }
            return out;
        });
    }

    static String dirname(String s) {
        int i = s.lastIndexOf('/');
        if (i < 0) {
            return "";
        }
        String head = s.substring(0, i + 1);
        String stripped = head.replaceAll("/+$", "");
        return stripped.isEmpty() ? head : stripped;
    }
}
