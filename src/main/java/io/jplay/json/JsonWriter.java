package io.jplay.json;

import io.jplay.python.PyFloat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes values as Python's {@code json.dumps} does, so that jplay's output and job files match
 * Ansible's byte for byte: separators {@code ", "} and {@code ": "} (or {@code ","} with an
 * indent), optional key sorting, optional indentation, {@code ensure_ascii}, and Python's float
 * rendering ({@code 1.0}, {@code 1e-05}, {@code 1e+20}).
 *
 * <p>Maps, collections, arrays, strings, numbers, booleans and {@code null} are written as JSON;
 * anything else as its {@code toString()}.
 */
public final class JsonWriter {
    private final boolean sortKeys;
    private final int indent;
    private final boolean ensureAscii;

    private JsonWriter(boolean sortKeys, int indent, boolean ensureAscii) {
        this.sortKeys = sortKeys;
        this.indent = indent;
        this.ensureAscii = ensureAscii;
    }

    /** {@code json.dumps(v)}: compact with spaces, keys in order, non-ASCII escaped. */
    public static JsonWriter python() {
        return new JsonWriter(false, -1, true);
    }

    public JsonWriter sortKeys(boolean sort) {
        return new JsonWriter(sort, indent, ensureAscii);
    }

    /** A non-negative indent switches to multi-line output; -1 is single-line. */
    public JsonWriter indent(int spaces) {
        return new JsonWriter(sortKeys, spaces, ensureAscii);
    }

    public JsonWriter ensureAscii(boolean ascii) {
        return new JsonWriter(sortKeys, indent, ascii);
    }

    public String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    private void write(StringBuilder sb, Object value, int level) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Number n) {
            sb.append(number(n));
        } else if (value instanceof Map<?, ?> m) {
            map(sb, m, level);
        } else if (value instanceof Collection<?> c) {
            list(sb, new ArrayList<>(c), level);
        } else if (value instanceof Object[] a) {
            list(sb, List.of(a), level);
        } else if (value instanceof CharSequence cs) {
            string(sb, cs.toString());
        } else {
            string(sb, value.toString());
        }
    }

    private void map(StringBuilder sb, Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (sortKeys) {
            entries.sort((a, b) -> String.valueOf(keyText(a.getKey())).compareTo(String.valueOf(keyText(b.getKey()))));
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : entries) {
            if (!first) {
                sb.append(indent >= 0 ? "," : ", ");
            }
            first = false;
            newline(sb, level + 1);
            string(sb, keyText(e.getKey()));
            sb.append(": ");
            write(sb, e.getValue(), level + 1);
        }
        newline(sb, level);
        sb.append('}');
    }

    private static String keyText(Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (key == null) {
            return "null";
        }
        if (key instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (key instanceof Number n) {
            return number(n);
        }
        return key.toString();
    }

    private void list(StringBuilder sb, List<?> list, int level) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                sb.append(indent >= 0 ? "," : ", ");
            }
            first = false;
            newline(sb, level + 1);
            write(sb, item, level + 1);
        }
        newline(sb, level);
        sb.append(']');
    }

    private void newline(StringBuilder sb, int level) {
        if (indent >= 0) {
            sb.append('\n');
            sb.append(" ".repeat(indent * level));
        }
    }

    /** Python's rendering of a number ({@code repr} for floats). */
    public static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return PyFloat.repr(n.doubleValue());
        }
        if (n instanceof BigDecimal bd) {
            return PyFloat.repr(bd.doubleValue());
        }
        if (n instanceof BigInteger bi) {
            return bi.toString();
        }
        return Long.toString(n.longValue());
    }

    private void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7e) || c == 0x7f && ensureAscii) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
