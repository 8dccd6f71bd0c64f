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
            String s = fspath(c.value());
            return s.substring(s.lastIndexOf('/') + 1);
        });
        lib.filter("dirname", c -> dirname(fspath(c.value())));
        lib.filter("expanduser", c -> c.rt().templater.expandUser(fspath(c.value())));
        lib.filter("realpath", c -> {
            Path p = Path.of(fspath(c.value())).toAbsolutePath();
            try {
                return p.toRealPath().toString();
            } catch (IOException e) {
                return p.normalize().toString();
            }
        });
        lib.filter("relpath", c -> {
            Path path = Path.of(fspath(c.value())).toAbsolutePath().normalize();
            Path start = Path.of(fspath(c.arg(0, "start", "."))).toAbsolutePath().normalize();
            return start.relativize(path).toString();
        });
        lib.filter("splitext", c -> splitext(fspath(c.value())));
        lib.filter("path_join", PathFilters::pathJoin);
    }

    /** Python's {@code os.fspath} for the path functions: only text is a path. */
    static String fspath(Object value) throws TemplateException {
        Object v = LazyVars.unwrap(value);
        Ops.defined(v);
        if (v instanceof String s) {
            return s;
        }
        throw new TemplateTypeError("expected str, bytes or os.PathLike object, not " + PythonRepr.typeName(v));
    }

    private static Tuple splitext(String s) {
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
    }

    /** Ansible's {@code path_join}: {@code os.path.join} of a string or of a sequence's items. */
    private static Object pathJoin(Call c) throws TemplateException {
        Object v = LazyVars.unwrap(c.value());
        Ops.defined(v);
        if (!(v instanceof String || v instanceof List)) {
            throw new TemplateTypeError("|path_join expects string or sequence, got <class '"
                    + PythonRepr.typeName(v) + "'> instead.");
        }
        List<?> parts = v instanceof List<?> l ? l : List.of(v);
        if (parts.isEmpty()) {
            throw new TemplateTypeError("join() missing 1 required positional argument: 'a'");
        }
        String out = "";
        for (Object o : parts) {
            if (!(o instanceof String p)) {
                throw new TemplateTypeError("join() argument must be str, bytes, or os.PathLike object, not '"
                        + PythonRepr.typeName(o) + "'");
            }
            if (p.startsWith("/") || out.isEmpty()) {
                out = p;
            } else {
                out = out.endsWith("/") ? out + p : out + "/" + p;
            }
        }
        return out;
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
