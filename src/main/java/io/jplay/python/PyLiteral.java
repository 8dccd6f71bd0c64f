package io.jplay.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code ast.literal_eval} over source text, the one place jplay reads Python literals:
 * INI inventory values ({@link #literalEval}) and Ansible's rendered text that looks like a list,
 * dict or bool ({@link #ansibleEval}, which also takes JSON's {@code true/false/null}, as Ansible's
 * {@code Json2Python} does). Numbers (with {@code _}, hex/octal/binary, one sign), strings (adjacent
 * ones concatenated, Python's escapes, {@code r}/{@code u}/{@code b} prefixes), {@code True},
 * {@code False}, {@code None}, lists, tuples (as lists; bare {@code 1, 2} too), dicts and sets. Inside brackets newlines and
 * comments are white space, as in Python's tokenizer. Text that is not a literal comes back as is;
 * a dict key or set element Python cannot hash is Python's {@code TypeError} ({@link Unhashable}) for
 * Ansible's rendered text, which Ansible does not catch.
 */
public final class PyLiteral {
    /** Python's {@code TypeError: unhashable type: 'list'} from {@code literal_eval}. */
    public static final class Unhashable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unhashable(String type) {
            super("unhashable type: '" + type + "'");
        }
    }

    private final String text;
    private final boolean jsonNames;
    private int pos;
    private int depth;

    private PyLiteral(String text, boolean jsonNames) {
        this.text = text;
        this.jsonNames = jsonNames;
    }

    /** {@code ast.literal_eval(raw)} (leading spaces and tabs ignored, as Python 3.10+), or {@code raw} when it fails. */
    public static Object literalEval(String raw) {
        int start = 0;
        while (start < raw.length() && (raw.charAt(start) == ' ' || raw.charAt(start) == '\t')) {
            start++;
        }
        try {
            return parseOr(raw.substring(start), false, raw);
        } catch (Unhashable e) {
            return raw;
        }
    }

    /** Ansible's {@code literal_eval(Json2Python().visit(ast.parse(text)))}, or {@code text} when it fails. */
    public static Object ansibleEval(String text) {
        return parseOr(text, true, text);
    }

    /**
     * Ansible's {@code ansible_native_concat} on text (jinja2_native): {@code ast.literal_eval(ast.parse(text))},
     * so leading blanks are a syntax error and the text stays; a literal that is a string comes back in
     * the text's first quote character; anything that is not a literal stays the text.
     */
    public static Object nativeEval(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(0) == '\t') {
            return text;
        }
        Object[] box = new Object[1];
        Object value = parseOr(text, false, box);
        if (value == box) {
            return text;
        }
        return value instanceof String s ? text.charAt(0) + s + text.charAt(0) : value;
    }

    private static Object parseOr(String text, boolean jsonNames, Object fallback) {
        PyLiteral p = new PyLiteral(text, jsonNames);
        try {
            p.skip();
            Object value = p.topLevel();
            while (p.pos < text.length() && (text.charAt(p.pos) == '\n' || text.charAt(p.pos) == '\r')) {
                p.pos++;
                p.skip();
            }
            return p.pos == text.length() ? value : fallback;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return fallback;
        }
    }

    /** An expression outside brackets: a value, or values separated by commas, which Python reads as a tuple. */
    private Object topLevel() {
        Object value = value();
        skip();
        if (pos >= text.length() || text.charAt(pos) != ',') {
            return value;
        }
        List<Object> items = new ArrayList<>();
        items.add(value);
        while (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            skip();
            if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                break; // a trailing comma: (x,) is still a tuple
            }
            items.add(value());
            skip();
        }
        return items;
    }

    private Object value() {
        char c = text.charAt(pos);
        switch (c) {
            case '[':
                return sequence(']');
            case '(':
                return sequence(')');
            case '{':
                return dict();
            case '\'':
            case '"':
                return strings();
            case '-':
            case '+':
                return signed();
            default:
                if (c == '.' || isDigit(c)) {
                    return number();
                }
                return name();
        }
    }

    private Object name() {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')
                && word.toLowerCase().matches("[rub]|rb|br")) {
            pos = start;
            return strings();
        }
        switch (word) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            default:
                if (jsonNames && word.equals("true")) {
                    return Boolean.TRUE;
                }
                if (jsonNames && word.equals("false")) {
                    return Boolean.FALSE;
                }
                if (jsonNames && word.equals("null")) {
                    return null;
                }
                throw new IllegalArgumentException("malformed node or string: " + word);
        }
    }

    private Object sequence(char close) {
        pos++;
        depth++;
        List<Object> items = new ArrayList<>();
        skip();
        boolean sawComma = false;
        while (text.charAt(pos) != close) {
            items.add(value());
            skip();
            if (text.charAt(pos) == ',') {
                pos++;
                sawComma = true;
                skip();
            } else if (text.charAt(pos) != close) {
                throw new IllegalArgumentException("expected " + close);
            }
        }
        pos++;
        depth--;
        if (close == ')' && items.size() == 1 && !sawComma) {
            return items.get(0); // (x) is x itself, not a tuple
        }
        return items;
    }

    private Object dict() {
        pos++;
        depth++;
        Map<Object, Object> map = new LinkedHashMap<>();
        skip();
        while (text.charAt(pos) != '}') {
            boolean tuple = text.charAt(pos) == '(';
            Object key = value();
            skip();
            if (map.isEmpty() && (text.charAt(pos) == ',' || text.charAt(pos) == '}')) {
                return set(key, tuple);
            }
            hashable(key, tuple);
            expect(':');
            skip();
            map.put(key, value());
            skip();
            if (text.charAt(pos) == ',') {
                pos++;
                skip();
            } else if (text.charAt(pos) != '}') {
                throw new IllegalArgumentException("expected }");
            }
        }
        pos++;
        depth--;
        return map;
    }

    /** The rest of a set literal whose first element is read: {@code {1, 2}}. */
    private Set<Object> set(Object first, boolean firstIsTuple) {
        hashable(first, firstIsTuple);
        Set<Object> set = new LinkedHashSet<>();
        set.add(first);
        while (text.charAt(pos) == ',') {
            pos++;
            skip();
            if (text.charAt(pos) == '}') {
                break;
            }
            boolean tuple = text.charAt(pos) == '(';
            Object element = value();
            hashable(element, tuple);
            set.add(element);
            skip();
        }
        expect('}');
        depth--;
        return set;
    }

    private static void hashable(Object v, boolean tuple) {
        if (v instanceof List && tuple) {
            // a tuple key is hashable, but jplay holds tuples as lists, which no JSON result can carry: the text stays
            throw new IllegalArgumentException("tuple key");
        }
        if (v instanceof List) {
            throw new Unhashable("list");
        }
        if (v instanceof Map) {
            throw new Unhashable("dict");
        }
        if (v instanceof Set) {
            throw new Unhashable("set");
        }
    }

    /** Adjacent string literals concatenate, as in Python. */
    private String strings() {
        StringBuilder sb = new StringBuilder(string());
        int save = pos;
        skip();
        while (pos < text.length() && startsString()) {
            sb.append(string());
            save = pos;
            skip();
        }
        pos = save;
        return sb.toString();
    }

    private boolean startsString() {
        int p = pos;
        while (p < text.length() && p - pos < 2 && "rRuUbB".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        return p < text.length() && (text.charAt(p) == '\'' || text.charAt(p) == '"');
    }

    private String string() {
        boolean raw = false;
        while (text.charAt(pos) != '\'' && text.charAt(pos) != '"') {
            raw |= text.charAt(pos) == 'r' || text.charAt(pos) == 'R';
            pos++;
        }
        char quote = text.charAt(pos);
        String close = text.startsWith(String.valueOf(quote).repeat(3), pos) ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        pos += close.length();
        StringBuilder sb = new StringBuilder();
        while (!text.startsWith(close, pos)) {
            char c = text.charAt(pos);
            if (c == '\n' && close.length() == 1) {
                throw new IllegalArgumentException("unterminated string literal");
            }
            if (c == '\\') {
                pos++;
                if (raw) {
                    sb.append('\\').append(text.charAt(pos++));
                } else {
                    pos = PyEscapes.decode(text, pos, sb);
                }
            } else {
                sb.append(c);
                pos++;
            }
        }
        pos += close.length();
        return sb.toString();
    }

    private Object signed() {
        boolean negative = text.charAt(pos) == '-';
        pos++;
        skip();
        char c = text.charAt(pos);
        if (!(c == '.' || isDigit(c))) {
            throw new IllegalArgumentException("malformed node or string");
        }
        Object n = number();
        if (!negative) {
            return n;
        }
        if (n instanceof Double d) {
            return -d;
        }
        return narrow((n instanceof BigInteger b ? b : BigInteger.valueOf((Long) n)).negate());
    }

    private Object number() {
        int start = pos;
        while (pos < text.length() && isNumberChar(text.charAt(pos), text.charAt(pos - 1 < start ? pos : pos - 1))) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (literal.startsWith("_") || literal.endsWith("_") || literal.contains("__")) {
            throw new IllegalArgumentException("invalid decimal literal");
        }
        return numberValue(literal.replace("_", ""));
    }

    private static boolean isNumberChar(char c, char prev) {
        return isNameChar(c) || c == '.' || ((c == '-' || c == '+') && (prev == 'e' || prev == 'E'));
    }

    private static Object numberValue(String s) {
        String lower = s.toLowerCase();
        if (lower.matches("0x[0-9a-f]+")) {
            return narrow(new BigInteger(s.substring(2), 16));
        }
        if (lower.matches("0o[0-7]+")) {
            return narrow(new BigInteger(s.substring(2), 8));
        }
        if (lower.matches("0b[01]+")) {
            return narrow(new BigInteger(s.substring(2), 2));
        }
        if (lower.matches("[0-9]+")) {
            if (s.length() > 1 && s.charAt(0) == '0' && !s.matches("0+")) {
                throw new IllegalArgumentException("leading zeros in decimal integer literals are not permitted");
            }
            return narrow(new BigInteger(s));
        }
        if (lower.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?")) {
            return Double.valueOf(s);
        }
        throw new IllegalArgumentException("invalid literal: " + s);
    }

    private static Object narrow(BigInteger big) {
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        pos++;
    }

    /** Python's white space between tokens: newlines only inside brackets; comments; backslash continuations. */
    private void skip() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f' || (depth > 0 && (c == '\n' || c == '\r'))) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos += 2;
                if (pos == text.length()) {
                    throw new IllegalArgumentException("unexpected EOF while parsing");
                }
            } else {
                return;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
