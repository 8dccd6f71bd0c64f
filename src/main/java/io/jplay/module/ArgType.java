package io.jplay.module;

import io.jplay.python.PyRepr;
import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The argument types of Ansible's argument specs, each with Ansible's conversion rules
 * ({@code check_type_*}). A failed conversion throws {@link IllegalArgumentException} with the
 * detail Ansible puts after "we were unable to convert to &lt;type&gt;: ".
 */
public enum ArgType {
    STR, INT, FLOAT, BOOL, LIST, DICT, PATH, RAW;

    private static final Set<String> TRUE_WORDS = Set.of("y", "yes", "on", "1", "true", "t");
    private static final Set<String> FALSE_WORDS = Set.of("n", "no", "off", "0", "false", "f");
    private static final String VALID_BOOLEANS =
            "0, 1, '0', 't', '1', 'true', 'n', 'yes', 'on', 'y', 'off', 'false', 'f', 'no'";

    /** The lower-case name used in specs and messages ({@code str}, {@code int}, ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Converts a non-null value to this type. */
    public Object convert(Object value) {
        return convert(value, PyRepr::typeName);
    }

    /**
     * Converts a non-null value to this type, naming its type in errors with {@code typeName} (on the controller a
     * string Ansible's YAML loader made is an {@code AnsibleUnicode}).
     */
    public Object convert(Object value, Function<Object, String> typeName) {
        return switch (this) {
            case STR, PATH -> PyRepr.str(value);
            case INT -> toInt(value, typeName);
            case FLOAT -> toFloat(value, typeName);
            case BOOL -> toBool(value);
            case LIST -> toList(value, typeName);
            case DICT -> toDict(value, typeName);
            case RAW -> value;
        };
    }

    /** Python's {@code boolean(value)} as the argument spec applies it. */
    public static boolean toBool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String word = value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue())
                : PyRepr.str(value).toLowerCase(java.util.Locale.ROOT);
        if (value instanceof CharSequence || value instanceof Number) {
            if (TRUE_WORDS.contains(word)) {
                return true;
            }
            if (FALSE_WORDS.contains(word)) {
                return false;
            }
        }
        throw new IllegalArgumentException("The value '" + PyRepr.str(value)
                + "' is not a valid boolean.  Valid booleans include: " + VALID_BOOLEANS);
    }

    private static Object toInt(Object value, Function<Object, String> typeName) {
        if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            return value instanceof Integer i ? Long.valueOf(i) : value;
        }
        if (value instanceof CharSequence s) {
            Long parsed = parsePythonInt(s.toString());
            if (parsed != null) {
                return parsed;
            }
        }
        throw new IllegalArgumentException(typeName.apply(value) + " cannot be converted to an int");
    }

    /** Python's {@code int(text)} for base 10, or {@code null} when Python would raise. */
    public static Long parsePythonInt(String text) {
        String t = text.strip();
        if (!t.matches("[+-]?\\d+(_\\d+)*")) {
            return null;
        }
        try {
            return Long.parseLong(t.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object toFloat(Object value, Function<Object, String> typeName) {
        if (value instanceof Double) {
            return value;
        }
        if (value instanceof Number n && !(value instanceof Double)) {
            return n.doubleValue();
        }
        if (value instanceof CharSequence s && s.toString().strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.parseDouble(s.toString().strip());
        }
        throw new IllegalArgumentException(typeName.apply(value) + " cannot be converted to a float");
    }

    private static Object toList(Object value, Function<Object, String> typeName) {
        if (value instanceof List<?>) {
            return value;
        }
        if (value instanceof CharSequence s) {
            // each piece is a new string (Java hands back the text itself when there is no comma)
            return new ArrayList<>(Arrays.stream(s.toString().split(",", -1)).map(String::new).toList());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return new ArrayList<>(List.of(PyRepr.str(value)));
        }
        throw new IllegalArgumentException(typeName.apply(value) + " cannot be converted to a list");
    }

    private static Object toDict(Object value, Function<Object, String> typeName) {
        if (value instanceof Map<?, ?>) {
            return value;
        }
        if (value instanceof CharSequence cs) {
            String s = cs.toString();
            if (s.startsWith("{")) {
                try {
                    return JsonParser.parse(s);
                } catch (JsonException e) {
                    throw new IllegalArgumentException("unable to evaluate string as dictionary");
                }
            }
            return keyValues(s);
        }
        throw new IllegalArgumentException(typeName.apply(value) + " cannot be converted to a dict");
    }

    /** {@code a=1 b='x y'} or {@code a=1, b=2} as a dict of strings. */
    private static Map<String, Object> keyValues(String s) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    field.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && i + 1 < s.length()) {
                field.append(s.charAt(++i));
            } else if (c == ' ' || c == ',') {
                if (field.length() > 0) {
                    fields.add(field.toString());
                }
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0) {
            fields.add(field.toString());
        }
        Map<String, Object> dict = new LinkedHashMap<>();
        for (String f : fields) {
            int eq = f.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("dictionary requested, could not parse JSON or key=value");
            }
            dict.put(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
        }
        return dict;
    }
}
