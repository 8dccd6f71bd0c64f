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
        lib.test("truthy", c -> Ops.truthy(c.value()) == c.bool(0, "convert_bool", true) || Ops.truthy(c.value()));
        lib.test("falsy", c -> !Ops.truthy(c.value()));
        lib.test("boolean", c -> c.value() instanceof Boolean);
        lib.test("integer", c -> c.value() instanceof Long || c.value() instanceof Integer);
        lib.test("float", c -> c.value() instanceof Double);
        lib.test("number", c -> c.value() instanceof Number || c.value() instanceof Boolean);
        lib.test("string", c -> c.value() instanceof String);
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
        lib.test("ne", c -> !Ops.equal(c.value(), c.arg(0, "other", null)));
        lib.test("lt", c -> Ops.compareOp("<", c.value(), c.arg(0, "other", null)));
        lib.test("le", c -> Ops.compareOp("<=", c.value(), c.arg(0, "other", null)));
        lib.test("gt", c -> Ops.compareOp(">", c.value(), c.arg(0, "other", null)));
        lib.test("ge", c -> Ops.compareOp(">=", c.value(), c.arg(0, "other", null)));
        lib.test("lessthan", c -> Ops.compareOp("<", c.value(), c.arg(0, "other", null)));
        lib.test("greaterthan", c -> Ops.compareOp(">", c.value(), c.arg(0, "other", null)));
        lib.test("in", c -> Ops.contains(c.arg(0, "seq", List.of()), c.value()));
        lib.test("contains", c -> Ops.contains(c.value(), c.arg(0, "seq", null)));
        lib.test("odd", c -> Ops.toLong(c.value()) % 2 != 0);
        lib.test("even", c -> Ops.toLong(c.value()) % 2 == 0);
        lib.test("divisibleby", c -> Ops.toLong(c.value()) % c.integer(0, "num", 1) == 0);
        lib.test("lower", c -> c.value() instanceof String s && s.equals(s.toLowerCase()));
        lib.test("upper", c -> c.value() instanceof String s && s.equals(s.toUpperCase()));
        lib.test("subset", c -> {
            List<Object> big = Ops.iterate(c.arg(0, "b", List.of()));
            for (Object o : Ops.iterate(c.value())) {
                if (!Ops.contains(big, o)) {
                    return false;
                }
            }
            return true;
        });
        lib.test("superset", c -> {
            List<Object> mine = Ops.iterate(c.value());
            for (Object o : Ops.iterate(c.arg(0, "b", List.of()))) {
                if (!Ops.contains(mine, o)) {
                    return false;
                }
            }
            return true;
        });
        lib.test("match", c -> regex(c, "match"));
        lib.test("search", c -> regex(c, "search"));
        lib.test("regex", c -> regex(c, c.string(-1, "match_type", "search")));
        Library.TestFn version = c -> Versions.compare(c);
        lib.test("version", version);
        lib.test("version_compare", version);
        registerResults(lib);
        registerFiles(lib);
    }

    private static boolean regex(Call c, String type) throws TemplateException {
        String s = PythonRepr.str(c.value());
        Pattern p = TextFilters.pattern(c.string(0, "pattern", ""), c);
        return switch (type) {
            case "match" -> p.matcher(s).lookingAt();
            case "fullmatch" -> p.matcher(s).matches();
            default -> p.matcher(s).find();
        };
    }

    private static Map<?, ?> result(Call c, String test) throws TemplateException {
        if (!(c.value() instanceof Map<?, ?> m)) {
            throw new TemplateException("The '" + test + "' test expects a dictionary");
        }
        return m;
    }

    private static void registerResults(Library lib) {
        Library.TestFn failed = c -> Ops.truthy(result(c, "failed").get("failed"));
        Library.TestFn succeeded = c -> !Ops.truthy(result(c, "succeeded").get("failed"));
        Library.TestFn changed = c -> Ops.truthy(result(c, "changed").get("changed"));
        Library.TestFn skipped = c -> Ops.truthy(result(c, "skipped").get("skipped"));
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
        lib.test("unreachable", c -> Ops.truthy(result(c, "unreachable").get("unreachable")));
        lib.test("reachable", c -> !Ops.truthy(result(c, "reachable").get("unreachable")));
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
        lib.test("file", c -> Files.isRegularFile(Path.of(PythonRepr.str(c.value()))));
        lib.test("directory", c -> Files.isDirectory(Path.of(PythonRepr.str(c.value()))));
        lib.test("link", c -> Files.isSymbolicLink(Path.of(PythonRepr.str(c.value()))));
        lib.test("exists", c -> Files.exists(Path.of(PythonRepr.str(c.value())), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(Path.of(PythonRepr.str(c.value()))));
        lib.test("abs", c -> PythonRepr.str(c.value()).startsWith("/"));
        lib.test("same_file", c -> {
            try {
                return Files.isSameFile(Path.of(PythonRepr.str(c.value())), Path.of(c.string(0, null, "")));
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }
}
