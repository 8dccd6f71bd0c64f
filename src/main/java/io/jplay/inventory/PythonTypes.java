package io.jplay.inventory;

import java.util.List;
import java.util.Map;

/** How Python would name the type of a loaded YAML value, for Ansible-identical messages. */
final class PythonTypes {
    private PythonTypes() {
    }

    static String name(Object value) {
        String t;
        if (value == null) {
            t = "NoneType";
        } else if (value instanceof Map) {
            t = "dict";
        } else if (value instanceof List) {
            t = "list";
        } else if (value instanceof String) {
            t = "str";
        } else if (value instanceof Boolean) {
            t = "bool";
        } else if (value instanceof Double || value instanceof Float) {
            t = "float";
        } else if (value instanceof Number) {
            t = "int";
        } else {
            t = value.getClass().getSimpleName();
        }
        return "<class '" + t + "'>";
    }
}
