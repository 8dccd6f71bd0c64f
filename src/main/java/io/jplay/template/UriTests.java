package io.jplay.template;

import io.jplay.python.PyUrl;
import java.util.List;

/** Ansible's {@code uri}, {@code url} and {@code urn} tests (urllib's {@code urlparse} underneath). */
final class UriTests {
    private UriTests() {
    }

    static void register(Library lib) {
        lib.test("uri", c -> isUri(c.value(), c.arg(0, "schemes", null)));
        lib.test("url", c -> {
            PyUrl u = parse(c.value());
            return isUri(c.value(), c.arg(0, "schemes", null)) && u != null
                    && (!u.netloc().isEmpty() || u.scheme().equals("file"));
        });
        lib.test("urn", c -> isUri(c.value(), List.of("urn")));
    }

    private static PyUrl parse(Object value) {
        Object v = LazyVars.unwrap(value);
        if (!(v instanceof String s)) {
            return null;
        }
        try {
            return PyUrl.split(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isUri(Object value, Object schemes) throws TemplateException {
        PyUrl u = parse(value);
        if (u == null) {
            return false;
        }
        return !Ops.truthy(schemes) || Ops.contains(schemes, u.scheme());
    }
}
