package io.jplay.template;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Jinja2's and Ansible's tests ({@code is defined}, {@code is succeeded}, {@code is version}, ...). */
final class Tests {
    private Tests() {
    }

    static void register(Library lib) {
        lib.test("defined", c -> !(c.value() instanceof Undefined));
        lib.test("undefined", c -> c.value() instanceof Undefined);
        lib.test("none", c -> c.value() == null);
        lib.test("truthy", Tests::truthy);
        lib.test("falsy", c -> !truthy(c));
        lib.test("true", c -> Boolean.TRUE.equals(c.value()));
        lib.test("false", c -> Boolean.FALSE.equals(c.value()));
        lib.test("escaped", c -> c.rt().templater.vaultPlaintexts().isMarkup(c.value()));
        lib.test("filter", c -> known(c, c.rt().lib.hasFilter(PythonRepr.str(c.value()))));
        lib.test("test", c -> known(c, c.rt().lib.hasTest(PythonRepr.str(c.value()))));
        lib.test("all", c -> {
            for (Object o : Ops.iterate(c.value())) {
                if (!Ops.truthy(o)) {
                    return false;
                }
            }
            return true;
        });
        lib.test("any", c -> {
            for (Object o : Ops.iterate(c.value())) {
                if (Ops.truthy(o)) {
                    return true;
                }
            }
            return false;
        });
        Library.TestFn nan = c -> {
            if (!Ops.isNumber(c.value()) && !(c.value() instanceof Boolean)) {
                return false;
            }
            return Double.isNaN(Ops.toDouble(c.value()));
        };
        lib.test("nan", nan);
        lib.test("isnan", nan);
        lib.test("vault_encrypted", c -> c.rt().templater.vaultPlaintexts().vaultEncrypted(c.value()));
        lib.test("boolean", c -> c.value() instanceof Boolean);
        lib.test("integer", c -> io.jplay.python.PyInt.isInt(c.value()));
        lib.test("float", c -> c.value() instanceof Double);
        lib.test("number", c -> c.value() instanceof Number || c.value() instanceof Boolean);
        // Ansible's encrypted object is a Sequence, not a str
        lib.test("string", c -> c.value() instanceof String && !c.rt().templater.vaultPlaintexts().isVaultValue(c.value()));
        lib.test("mapping", c -> c.value() instanceof Map);
        lib.test("iterable", c -> c.value() instanceof Collection || c.value() instanceof Map || c.value() instanceof String);
        lib.test("sequence", c -> c.value() instanceof Collection || c.value() instanceof Map || c.value() instanceof String);
        lib.test("callable", c -> c.value() instanceof PyCallable);
        lib.test("sameas", c -> c.value() == c.arg(0, "other", null)
                || (c.value() instanceof Boolean && c.value().equals(c.arg(0, "other", null))));
        Library.TestFn eq = c -> Ops.equal(c.value(), c.arg(0, "other", null));
        lib.test("equalto", eq);
        lib.test("eq", eq);
        lib.test("==", eq);
        Library.TestFn ne = c -> !Ops.equal(c.value(), c.arg(0, "other", null));
        lib.test("ne", ne);
        lib.test("!=", ne);
        for (String[] op : new String[][] {{"lt", "<"}, {"le", "<="}, {"gt", ">"}, {"ge", ">="}}) {
            Library.TestFn cmp = c -> Ops.compareOp(op[1], c.value(), c.arg(0, "other", null));
            lib.test(op[0], cmp);
            lib.test(op[1], cmp);
        }
        lib.test("lessthan", c -> Ops.compareOp("<", c.value(), c.arg(0, "other", null)));
        lib.test("greaterthan", c -> Ops.compareOp(">", c.value(), c.arg(0, "other", null)));
        lib.test("in", c -> Ops.contains(c.arg(0, "seq", List.of()), c.value()));
        lib.test("contains", c -> Ops.contains(c.value(), c.arg(0, "seq", null)));
        // Jinja2's tests are Python's %: text is %-formatting, a zero divisor a ZeroDivisionError
        lib.test("odd", c -> Ops.equal(Ops.binary("%", c.value(), 2L), 1L));
        lib.test("even", c -> Ops.equal(Ops.binary("%", c.value(), 2L), 0L));
        lib.test("divisibleby", c -> Ops.equal(Ops.binary("%", c.value(), c.arg(0, "num", null)), 0L));
        lib.test("lower", c -> c.value() instanceof String s && s.equals(s.toLowerCase()));
        lib.test("upper", c -> c.value() instanceof String s && s.equals(s.toUpperCase()));
        Library.TestFn subset = c -> {
            List<Object> big = Ops.iterate(c.arg(0, "b", List.of()));
            for (Object o : Ops.iterate(c.value())) {
                if (!Ops.contains(big, o)) {
                    return false;
                }
            }
            return true;
        };
        lib.test("subset", subset);
        lib.test("issubset", subset);
        Library.TestFn superset = c -> {
            List<Object> mine = Ops.iterate(c.value());
            for (Object o : Ops.iterate(c.arg(0, "b", List.of()))) {
                if (!Ops.contains(mine, o)) {
                    return false;
                }
            }
            return true;
        };
        lib.test("superset", superset);
        lib.test("issuperset", superset);
        lib.test("match", c -> regex(c, "match"));
        lib.test("search", c -> regex(c, "search"));
        lib.test("regex", c -> regex(c, c.string(-1, "match_type", "search")));
        Library.TestFn version = c -> Versions.compare(c);
        lib.test("version", version);
        lib.test("version_compare", version);
        registerResults(lib);
        registerFiles(lib);
        UriTests.register(lib);
    }

    /**
     * Jinja2's {@code filter}/{@code test} tests: Ansible's plugin loader raises {@code KeyError}
     * for a name it does not know rather than answering false.
     */
    private static boolean known(Call c, boolean present) throws TemplateException {
        if (!(c.value() instanceof String)) {
            throw new TemplateException("key must be a string, got <class '" + PythonRepr.typeName(c.value()) + "'> instead");
        }
        if (!present) {
            throw new TemplateException("KeyError: " + PythonRepr.repr(PythonRepr.str(c.value())));
        }
        return true;
    }

    /** Ansible's {@code truthy(value, convert_bool=False)}: Python truth, after {@code boolean()} if asked. */
    private static boolean truthy(Call c) throws TemplateException {
        Object v = c.value();
        if (c.bool(0, "convert_bool", false)) {
            try {
                v = io.jplay.python.PyBool.boolean_(v, true);
            } catch (IllegalArgumentException e) {
                // not boolean-like: Python truth of the value itself
            }
        }
        return Ops.truthy(v);
    }

    private static boolean regex(Call c, String type) throws TemplateException {
        String s = PythonRepr.str(c.value());
        Pattern p = TextFilters.pattern(c.string(0, "pattern", ""), c);
        return switch (type) {
            case "match" -> p.matcher(s).lookingAt();
            case "fullmatch" -> p.matcher(s).matches();
            case "search", "findall", "finditer" -> p.matcher(s).find();
            default -> throw new TemplateTypeError("'str' object is not callable");
        };
    }

    private static Map<?, ?> result(Call c, String test) throws TemplateException {
        if (!(c.value() instanceof Map<?, ?> m)) {
            throw new TemplateException("The '" + test + "' test expects a dictionary");
        }
        return m;
    }

    private static Object resultValue(Call c, String key) throws TemplateException {
        Map<?, ?> m = result(c, key);
        return m.containsKey(key) ? m.get(key) : false;
    }

    /** ansible-core's {@code changed}: the result's {@code changed}, else whether any of its {@code results} changed. */
    private static Object changed(Call c) throws TemplateException {
        Map<?, ?> m = result(c, "changed");
        if (m.containsKey("changed")) {
            return m.get("changed");
        }
        if (m.get("results") instanceof List<?> results && !results.isEmpty() && results.get(0) instanceof Map) {
            for (Object r : results) {
                if (r instanceof Map<?, ?> rm && Ops.truthy(rm.containsKey("changed") ? rm.get("changed") : false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void registerResults(Library lib) {
        // as ansible-core's tests: failed/changed/skipped/unreachable give the result's own value
        Library.TestFn failed = c -> resultValue(c, "failed");
        Library.TestFn succeeded = c -> !Ops.truthy(resultValue(c, "failed"));
        Library.TestFn changed = Tests::changed;
        Library.TestFn skipped = c -> resultValue(c, "skipped");
        for (String n : new String[] {"failed", "failure"}) {
            lib.test(n, failed);
        }
        for (String n : new String[] {"succeeded", "success", "successful"}) {
            lib.test(n, succeeded);
        }
        for (String n : new String[] {"changed", "change"}) {
            lib.test(n, changed);
        }
        for (String n : new String[] {"skipped", "skip"}) {
            lib.test(n, skipped);
        }
        lib.test("unreachable", c -> resultValue(c, "unreachable"));
        lib.test("reachable", c -> !Ops.truthy(resultValue(c, "unreachable")));
        for (String key : new String[] {"finished", "started"}) {
            lib.test(key, c -> {
                Map<?, ?> m = result(c, key);
                if (m.containsKey(key)) {
                    return Ops.equal(m.get(key), 1L);
                }
                c.rt().warnings.accept("The '" + key + "' test expects an async task, but a non-async task was tested");
                return true;
            });
        }
    }

    private static void registerFiles(Library lib) {
        Library.TestFn isFile = fileTest(Files::isRegularFile);
        Library.TestFn isDir = fileTest(Files::isDirectory);
        Library.TestFn isLink = lstatTest(Files::isSymbolicLink);
        Library.TestFn isAbs = c -> PathFilters.fspath(c.value()).startsWith("/");
        Library.TestFn sameFile = c -> {
            try {
                Path p = path(c);
                return p != null && Files.isSameFile(p, Path.of(c.string(0, "path2", "")));
            } catch (java.io.IOException e) {
                throw new TemplateException("[Errno 2] No such file or directory: " + PythonRepr.repr(e.getMessage()));
            }
        };
        Library.TestFn isMount = lstatTest(Tests::isMount);
        String[][] names = {{"file", "is_file"}, {"directory", "is_dir"}, {"link", "is_link"}, {"abs", "is_abs"},
            {"same_file", "is_same_file"}, {"mount", "is_mount"}};
        Library.TestFn[] fns = {isFile, isDir, isLink, isAbs, sameFile, isMount};
        for (int i = 0; i < fns.length; i++) {
            lib.test(names[i][0], fns[i]);
            lib.test(names[i][1], fns[i]);
        }
        lib.test("exists", fileTest(Files::exists));
        lib.test("link_exists", lstatTest(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)));
    }

    private static Library.TestFn fileTest(java.util.function.Predicate<Path> test) {
        return c -> {
            Path p = path(c);
            return p != null && test.test(p);
        };
    }

    /** A test Python runs with {@code os.lstat}, which takes no file descriptor: the value must be a path. */
    private static Library.TestFn lstatTest(java.util.function.Predicate<Path> test) {
        return c -> {
            Object v = LazyVars.unwrap(c.value());
            Ops.defined(v);
            if (!(v instanceof String s)) {
                throw new TemplateTypeError("lstat: path should be string, bytes or os.PathLike, not "
                        + PythonRepr.typeName(v));
            }
            return test.test(Path.of(s));
        };
    }

    /** The tested value as a path, or null for a number (Python stats it as a file descriptor: never a file here). */
    private static Path path(Call c) throws TemplateException {
        Object v = LazyVars.unwrap(c.value());
        if (io.jplay.python.PyInt.isInt(v)) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new TemplateTypeError("stat: path should be string, bytes, os.PathLike or integer, not "
                    + PythonRepr.typeName(v));
        }
        return Path.of(s);
    }

    /** Python's {@code os.path.ismount}: a directory on another device than its parent, or the same inode. */
    private static boolean isMount(Path p) {
        try {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Path parent = p.resolve("..");
            Object dev = Files.getAttribute(p, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            Object parentDev = Files.getAttribute(parent, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            Object ino = Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            Object parentIno = Files.getAttribute(parent, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            return !dev.equals(parentDev) || ino.equals(parentIno);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
