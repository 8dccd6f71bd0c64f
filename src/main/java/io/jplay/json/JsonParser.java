package io.jplay.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser: objects become {@code LinkedHashMap} (order kept, last duplicate wins),
 * arrays {@code ArrayList}, integers {@code Long} (or {@code BigInteger} when too large), other
 * numbers {@code Double}. Also accepts Python's {@code NaN}/{@code Infinity}. Lone surrogates
 * written as {@code \\udcXX} are kept as such.
 */
public final class JsonParser {
    private final String text;
    private int pos;

    private JsonParser(String text) {
        this.text = text;
    }

    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 1000;
    private int depth;

    public static Object parse(String text) throws JsonException {
        JsonParser p = new JsonParser(text);
        p.skipSpace();
        Object value = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("Extra data");
        }
        return value;
    }

    private Object value() throws JsonException {
        if (pos >= text.length()) {
            throw error("Expecting value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
            case '[':
                return nested(c);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            case 'N':
                return literal("NaN", Double.NaN);
            case 'I':
                return literal("Infinity", Double.POSITIVE_INFINITY);
            default:
                if (c == '-' && text.startsWith("-Infinity", pos)) {
                    return literal("-Infinity", Double.NEGATIVE_INFINITY);
                }
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("Expecting value");
        }
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, pos)) {
            throw error("Expecting value");
        }
        pos += word.length();
        return value;
    }

    private Map<String, Object> object() throws JsonException {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("Expecting property name enclosed in double quotes");
            }
            String key = string();
            skipSpace();
            if (peek() != ':') {
                throw error("Expecting ':' delimiter");
            }
            pos++;
            skipSpace();
            map.put(key, value());
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("Expecting ',' delimiter");
            }
        }
    }

    /**
     * An object or array, at most {@link #MAX_DEPTH} levels deep: Python's decoder stops with a
     * RecursionError near the same depth, and deeper input must not overflow the Java stack.
     */
    private Object nested(char open) throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw error("maximum recursion depth exceeded (nesting deeper than " + MAX_DEPTH + " levels)");
        }
        try {
            return open == '{' ? object() : array();
        } finally {
            depth--;
        }
    }

    private List<Object> array() throws JsonException {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("Expecting ',' delimiter");
            }
        }
    }

    private String string() throws JsonException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("Unterminated string starting at");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw error("Unterminated string starting at");
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("Invalid \\uXXXX escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("Invalid \\uXXXX escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("Invalid \\escape");
                }
            } else if (c < 0x20) {
                throw error("Invalid control character at");
            } else {
                sb.append(c);
            }
        }
    }

    private Object number() throws JsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        boolean fraction = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                fraction = true;
                pos++;
            } else {
                break;
            }
        }
        String n = text.substring(start, pos);
        try {
            if (fraction) {
                return Double.parseDouble(n);
            }
            BigInteger big = new BigInteger(n);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        } catch (NumberFormatException e) {
            pos = start;
            throw error("Expecting value");
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private JsonException error(String message) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new JsonException(message + ": line " + line + " column " + col + " (char " + pos + ")");
    }
}
