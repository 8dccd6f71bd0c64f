package io.jplay.plugin;

import io.jplay.json.JsonWriter;
import io.jplay.yaml.Unsafe;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge's value mapping, one JSON document per line. Plain JSON carries Python's
 * {@code str}, {@code int}, {@code float}, {@code bool}, {@code None}, {@code list} and
 * {@code dict} with string keys; a dict holding the key {@value #TAG} is a tagged value:
 * {@code undef} ({@link PluginUndefined}, {@code AnsibleUndefined} in Python), {@code unsafe}
 * ({@link Unsafe}, {@code AnsibleUnsafeText}), {@code tuple} ({@link PluginTuple}) and
 * {@code items} (a dict whose keys are not all strings, as key/value pairs).
 */
public final class WireValues {
    static final String TAG = "__jplay__";

    private WireValues() {
    }

    /** Appends {@code value} as JSON; a value of another Java type is an {@link IllegalArgumentException}. */
    public static void write(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(s, sb);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float) {
            number(((Number) value).doubleValue(), sb);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> m) {
            map(m, sb);
        } else if (value instanceof List<?> l) {
            list(l, sb);
        } else if (value instanceof Unsafe u) {
            sb.append("{\"").append(TAG).append("\":\"unsafe\",\"v\":");
            write(u.value(), sb);
            sb.append('}');
        } else if (value instanceof PluginUndefined u) {
            sb.append("{\"").append(TAG).append("\":\"undef\",\"msg\":");
            string(u.message(), sb);
            sb.append(",\"name\":");
            write(u.name(), sb);
            sb.append('}');
        } else if (value instanceof PluginTuple t) {
            sb.append("{\"").append(TAG).append("\":\"tuple\",\"v\":");
            list(t.items(), sb);
            sb.append('}');
        } else {
            throw new IllegalArgumentException("a " + value.getClass().getSimpleName()
                    + " cannot be sent to a Python plugin");
        }
    }

    /** The JSON text of {@code value}. */
    public static String toJson(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    /** Turns parsed JSON ({@code JsonParser}'s maps, lists, numbers) back into values, tags resolved. */
    public static Object read(Object parsed) {
        if (parsed instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(read(o));
            }
            return out;
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            return parsed;
        }
        Object tag = m.size() <= 3 ? m.get(TAG) : null;
        if (tag == null) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, read(v)));
            return out;
        }
        return switch (String.valueOf(tag)) {
            case "unsafe" -> new Unsafe(read(m.get("v")));
            case "undef" -> new PluginUndefined(m.get("name") instanceof String s ? s : null, String.valueOf(m.get("msg")));
            case "tuple" -> new PluginTuple((List<Object>) read(m.get("v")));
            case "items" -> items((List<?>) m.get("v"));
            default -> throw new IllegalArgumentException("unknown value tag " + tag);
        };
    }

    private static Map<Object, Object> items(List<?> pairs) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object pair : pairs) {
            List<?> kv = (List<?>) pair;
            Object key = read(kv.get(0));
            out.put(key instanceof PluginTuple t ? t.items() : key, read(kv.get(1)));
        }
        return out;
    }

    private static void map(Map<?, ?> m, StringBuilder sb) {
        boolean plain = true;
        for (Object k : m.keySet()) {
            if (!(k instanceof String s) || s.equals(TAG)) {
                plain = false;
                break;
            }
        }
        if (plain) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string((String) e.getKey(), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
            return;
        }
        sb.append("{\"").append(TAG).append("\":\"items\",\"v\":[");
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('[');
            write(e.getKey(), sb);
            sb.append(',');
            write(e.getValue(), sb);
            sb.append(']');
        }
        sb.append("]}");
    }

    private static void list(List<?> l, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            write(l.get(i), sb);
        }
        sb.append(']');
    }

    private static void number(double d, StringBuilder sb) {
        if (Double.isNaN(d)) {
            sb.append("NaN");
        } else if (Double.isInfinite(d)) {
            sb.append(d > 0 ? "Infinity" : "-Infinity");
        } else {
            sb.append(JsonWriter.number(d));
        }
    }

    /** A JSON string: ASCII control characters and surrogates escaped, other text as is (UTF-8 on the pipe). */
    static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
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
