package io.jplay.template;

import io.jplay.python.PyFnmatch;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code expandvars} and {@code fileglob}: Python's {@code os.path.expandvars} and {@code glob.glob} on the controller. */
final class GlobFilters {
    private static final Pattern VAR = Pattern.compile("\\$([A-Za-z0-9_]+|\\{[^}]*\\})");

    private GlobFilters() {
    }

    static void register(Library lib) {
        lib.filter("expandvars", c -> expandvars(path(c), c));
        lib.filter("fileglob", c -> {
            List<Object> out = new ArrayList<>();
            Object v = LazyVars.unwrap(c.value());
            if (!(v instanceof String pattern)) {
                throw new TemplateTypeError("'" + PythonRepr.typeName(v) + "' object is not subscriptable");
            }
            for (String p : glob(pattern)) {
                if (Files.isRegularFile(Path.of(p))) {
                    out.add(p);
                }
            }
            return out;
        });
    }

    private static String path(Call c) throws TemplateException {
        Object v = LazyVars.unwrap(c.value());
        if (!(v instanceof String s)) {
            throw new TemplateTypeError("expected str, bytes or os.PathLike object, not " + PythonRepr.typeName(v));
        }
        return s;
    }

    private static String expandvars(String path, Call c) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        Matcher m = VAR.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("{")) {
                name = name.substring(1, name.length() - 1);
            }
            String value = c.rt().templater.controller().env(name).orElse(null);
            m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Python's {@code glob.glob(pattern)}: no hidden names unless the pattern part starts with a dot. */
    static List<String> glob(String pattern) {
        List<String> out = new ArrayList<>();
        if (!hasMagic(pattern)) {
            if (!pattern.isEmpty() && Files.exists(Path.of(pattern))) {
                out.add(pattern);
            }
            return out;
        }
        int slash = pattern.lastIndexOf('/');
        String dir = slash < 0 ? "" : pattern.substring(0, slash + 1);
        String base = pattern.substring(slash + 1);
        List<String> dirs = new ArrayList<>();
        String stripped = dir.length() > 1 ? dir.substring(0, dir.length() - 1) : dir;
        if (dir.isEmpty()) {
            dirs.add("");
        } else if (hasMagic(stripped)) {
            for (String d : glob(stripped)) {
                if (Files.isDirectory(Path.of(d))) {
                    dirs.add(d + "/");
                }
            }
        } else {
            dirs.add(dir);
        }
        for (String d : dirs) {
            if (!hasMagic(base)) {
                if (base.isEmpty() ? Files.isDirectory(Path.of(d)) : Files.exists(Path.of(d + base))) {
                    out.add(d + base);
                }
                continue;
            }
            Pattern p = PyFnmatch.compile(base);
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(d.isEmpty() ? "." : d))) {
                for (Path e : ds) {
                    String name = e.getFileName().toString();
                    if ((name.startsWith(".") && !base.startsWith(".")) || !p.matcher(name).matches()) {
                        continue;
                    }
                    out.add(d + name);
                }
            } catch (IOException | RuntimeException e) {
                // unreadable or missing directory: no matches, as glob
            }
        }
        return out;
    }

    private static boolean hasMagic(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }
}
