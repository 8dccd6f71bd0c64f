package io.jplay.python;

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
            return PyFloat.str(((Number) value).doubleValue());
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
        StringBuilder sb = new StringBuilder();
        quote(sb, s);
        return sb.toString();
    }

    /**
     * Appends Python's {@code repr} of a str: single quotes unless the text holds {@code '} and no
     * {@code "}; {@code \\ \n \r \t} escaped, and every other character that Python's
     * {@code str.isprintable()} rejects as backslash-x, -u or -U hex escapes.
     */
    public static void quote(StringBuilder sb, String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == q) {
                        sb.append('\\').append((char) c);
                    } else if (c < 0x7f && c >= 0x20) {
                        sb.append((char) c);
                    } else if (isPrintable(c)) {
                        sb.appendCodePoint(c);
                    } else if (c < 0x100) {
                        sb.append(String.format("\\x%02x", c));
                    } else if (c < 0x10000) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.append(String.format("\\U%08x", c));
                    }
                }
            }
        }
        sb.append(q);
    }

    /** Python's {@code str.isprintable()} for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
