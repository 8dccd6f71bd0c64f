package io.jplay.template;

/**
 * Jinja2's undefined value: what a missing variable, key or attribute evaluates to. Using it for
 * anything but {@code default}, {@code is defined} and friends raises its message.
 */
record Undefined(String message) {

    static Undefined variable(String name) {
        return new Undefined("'" + name + "' is undefined");
    }

    static Undefined attribute(Object owner, Object name) {
        String key = name instanceof String s ? PythonRepr.repr(s) : PythonRepr.repr(name);
        return new Undefined(PythonRepr.objectTypeRepr(owner) + " has no attribute " + key);
    }

    TemplateException error() {
        return TemplateException.undefined(message);
    }
}
