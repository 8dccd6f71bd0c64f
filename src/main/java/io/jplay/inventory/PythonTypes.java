package io.jplay.inventory;

import java.util.List;
import java.util.Map;

/** How Python would name the type of a loaded YAML value, for Ansible-identical messages. */
final class PythonTypes {
    private PythonTypes() {
    }

    /** {@code <class 'list'>}: the type as {@code type(value)} prints. */
    static String name(Object value) {
        return "<class '" + bare(value) + "'>";
    }

    /**
     * The type as {@code type(value)} prints for a value Ansible's YAML loader made: mappings,
     * sequences and strings are its own classes.
     */
    static String yamlName(Object value) {
        String t = value instanceof Map ? "AnsibleMapping" : value instanceof List ? "AnsibleSequence"
                : value instanceof String ? "AnsibleUnicode" : null;
        return t == null ? name(value) : "<class 'ansible.parsing.yaml.objects." + t + "'>";
    }

    /** {@code list}: the bare type name, as in {@code 'list' object has no attribute}. */
    static String bare(Object value) {
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
        return t;
    }
}
