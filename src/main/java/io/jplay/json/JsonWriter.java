package io.jplay.json;

import io.jplay.python.PyFloat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes values as Python's {@code json.dumps} does, so that jplay's output and job files match
 * Ansible's byte for byte: separators {@code ", "} and {@code ": "} (or {@code ","} with an
 * indent), optional key sorting, optional indentation, {@code ensure_ascii}, and Python's float
 * rendering ({@code 1.0}, {@code 1e-05}, {@code 1e+20}).
 *
 * <p>Maps, collections, arrays, strings, numbers, booleans and {@code null} are written as JSON;
 * anything else as its {@code toString()}. The options of {@code json.dumps} that Ansible's
 * {@code to_json} passes on ({@code indent} as text, {@code separators}, {@code skipkeys},
 * {@code allow_nan}, a key order) behave as Python's, and what Python refuses raises
 * {@link Unencodable} with Python's message.
 */
public final class JsonWriter {
    private final boolean sortKeys;
    private final Comparator<Object> keyOrder;
    /** Python's indent text (spaces for a number); null is single-line. */
    private final String indent;
    private final String itemSeparator;
    private final String keySeparator;
    private final boolean ensureAscii;
    private final boolean skipKeys;
    private final boolean allowNan;

    private JsonWriter(boolean sortKeys, Comparator<Object> keyOrder, String indent, String itemSeparator,
            String keySeparator, boolean ensureAscii, boolean skipKeys, boolean allowNan) {
        this.sortKeys = sortKeys;
        this.keyOrder = keyOrder;
        this.indent = indent;
        this.itemSeparator = itemSeparator;
        this.keySeparator = keySeparator;
        this.ensureAscii = ensureAscii;
        this.skipKeys = skipKeys;
        this.allowNan = allowNan;
    }

    /** Python refuses to encode a value: {@code pythonType} is {@code TypeError} or {@code ValueError}. */
    public static final class Unencodable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String pythonType;

        Unencodable(String pythonType, String message) {
            super(message);
            this.pythonType = pythonType;
        }

        public String pythonType() {
            return pythonType;
        }
    }

    /** {@code json.dumps(v)}: compact with spaces, keys in order, non-ASCII escaped. */
    public static JsonWriter python() {
        return new JsonWriter(false, null, null, null, null, true, false, true);
    }

    public JsonWriter sortKeys(boolean sort) {
        return new JsonWriter(sort, keyOrder, indent, itemSeparator, keySeparator, ensureAscii, skipKeys, allowNan);
    }

    /** How sorted keys compare (Python's {@code <} on the keys); by default by their JSON text. */
    public JsonWriter keyOrder(Comparator<Object> order) {
        return new JsonWriter(sortKeys, order, indent, itemSeparator, keySeparator, ensureAscii, skipKeys, allowNan);
    }

    /** A non-negative indent switches to multi-line output; -1 is single-line. */
    public JsonWriter indent(int spaces) {
        return indent(spaces < 0 ? null : " ".repeat(spaces));
    }

    /** Python's {@code indent} as text: each level is indented by it; null is single-line. */
    public JsonWriter indent(String text) {
        return new JsonWriter(sortKeys, keyOrder, text, itemSeparator, keySeparator, ensureAscii, skipKeys, allowNan);
    }

    /** Python's {@code separators=(item, key)}; by default {@code ", "} (or {@code ","} with an indent) and {@code ": "}. */
    public JsonWriter separators(String item, String key) {
        return new JsonWriter(sortKeys, keyOrder, indent, item, key, ensureAscii, skipKeys, allowNan);
    }

    public JsonWriter ensureAscii(boolean ascii) {
        return new JsonWriter(sortKeys, keyOrder, indent, itemSeparator, keySeparator, ascii, skipKeys, allowNan);
    }

    /** Python's {@code skipkeys}: keys JSON cannot have are left out instead of refused. */
    public JsonWriter skipKeys(boolean skip) {
        return new JsonWriter(sortKeys, keyOrder, indent, itemSeparator, keySeparator, ensureAscii, skip, allowNan);
    }

    /** Python's {@code allow_nan}: NaN and infinities are written as {@code NaN}/{@code Infinity}, else refused. */
    public JsonWriter allowNan(boolean allow) {
        return new JsonWriter(sortKeys, keyOrder, indent, itemSeparator, keySeparator, ensureAscii, skipKeys, allow);
    }

    /**
     * The JSON text of {@code value}.
     *
     * @throws Unencodable where Python's {@code json.dumps} raises
     */
    public String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    private String itemSeparator() {
        return itemSeparator != null ? itemSeparator : indent != null ? "," : ", ";
    }

    private String keySeparator() {
        return keySeparator != null ? keySeparator : ": ";
    }

    private void write(StringBuilder sb, Object value, int level) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Number n) {
            sb.append(finite(n));
        } else if (value instanceof Map<?, ?> m) {
            map(sb, m, level);
        } else if (value instanceof Collection<?> c) {
            list(sb, new ArrayList<>(c), level);
        } else if (value instanceof Object[] a) {
            list(sb, List.of(a), level);
        } else if (value instanceof CharSequence cs) {
            string(sb, cs.toString());
        } else if (value instanceof JsonEncoded e) {
            write(sb, e.jsonValue(), level);
        } else {
            string(sb, value.toString());
        }
    }

    /** A number as {@code json.dumps} writes it: NaN and infinities as JavaScript names, if allowed. */
    private String finite(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    // Python's own encoder (used with an indent) names the value; its C encoder does not
                    throw new Unencodable("ValueError", "Out of range float values are not JSON compliant"
                            + (indent != null ? ": " + (Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf") : ""));
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
        }
        return number(n);
    }

    private void map(StringBuilder sb, Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (sortKeys) {
            Comparator<Object> order = keyOrder != null ? keyOrder
                    : (a, b) -> String.valueOf(keyText(a)).compareTo(String.valueOf(keyText(b)));
            entries.sort((a, b) -> order.compare(a.getKey(), b.getKey()));
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : entries) {
            String key = keyText(e.getKey());
            if (key == null) {
                if (skipKeys) {
                    continue;
                }
                // the only Python containers that can be dict keys are tuples
                throw new Unencodable("TypeError", "keys must be str, int, float, bool or None, not tuple");
            }
            if (!first) {
                sb.append(itemSeparator());
            }
            first = false;
            newline(sb, level + 1);
            string(sb, key);
            sb.append(keySeparator());
            write(sb, e.getValue(), level + 1);
        }
        newline(sb, level);
        sb.append('}');
    }

    /** A key as JSON text, or null for a key JSON cannot have (a list, a dict...). */
    private String keyText(Object key) {
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
            return finite(n);
        }
        return key instanceof Collection<?> || key instanceof Map<?, ?> ? null : key.toString();
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
                sb.append(itemSeparator());
            }
            first = false;
            newline(sb, level + 1);
            write(sb, item, level + 1);
        }
        newline(sb, level);
        sb.append(']');
    }

    private void newline(StringBuilder sb, int level) {
        if (indent != null) {
            sb.append('\n');
            sb.append(indent.repeat(level));
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
