package io.jplay.template;

/** A Python builtin type as a value ({@code x.__class__}): shows as {@code <class 'bool'>}, its type is {@code type}. */
record PyType(String name) implements PyObject {

    /** The builtin type of {@code v}, or null when its type is not one of Python's builtins jplay models by name. */
    static PyType of(Object v) {
        String name = PythonRepr.typeName(v);
        return switch (name) {
            case "NoneType", "bool", "int", "float", "str", "list", "dict", "tuple", "set" -> new PyType(name);
            default -> null;
        };
    }

    @Override
    public Object attr(String attribute) {
        return attribute.equals("__name__") ? name : null;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
