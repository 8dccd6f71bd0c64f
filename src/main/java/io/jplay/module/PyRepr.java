package io.jplay.module;

import io.jplay.json.PythonFloat;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} of the values modules handle (strings, numbers, booleans,
 * lists, dicts, {@code None}), and Python type names, as they show up in Ansible's messages.
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** Python's {@code str(value)}: strings as they are, everything else as its repr. */
    public static String str(Object value) {
        return value instanceof CharSequence s ? s.toString() : repr(value);
    }

    /** Python's {@code repr(value)}. */
    public static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return PythonFloat.repr(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof CharSequence s) {
            return quoteString(s.toString());
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (value instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : c) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(repr(o));
            }
            return sb.append(']').toString();
        }
        return quoteString(value.toString());
    }

    /** Python's {@code repr(s.encode())}: {@code b'...'} with non-ASCII bytes as {@code \\xNN}. */
    public static String bytesRepr(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    /** The name Python gives the value's type in messages: {@code <class 'str'>}. */
    public static String typeName(Object value) {
        String name;
        if (value == null) {
            name = "NoneType";
        } else if (value instanceof Boolean) {
            name = "bool";
        } else if (value instanceof Double || value instanceof Float) {
            name = "float";
        } else if (value instanceof Number) {
            name = "int";
        } else if (value instanceof CharSequence) {
            name = "str";
        } else if (value instanceof Map) {
            name = "dict";
        } else if (value instanceof Collection) {
            name = "list";
        } else {
            name = value.getClass().getSimpleName();
        }
        return "<class '" + name + "'>";
    }

    private static String quoteString(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q) {
                sb.append('\\').append(c);
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }
}
