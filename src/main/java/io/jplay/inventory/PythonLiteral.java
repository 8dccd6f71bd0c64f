package io.jplay.inventory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of Python's {@code ast.literal_eval} that INI inventory values go through: numbers,
 * quoted strings, {@code True}/{@code False}/{@code None}, lists, tuples and dicts. Text that is
 * not a literal is returned unchanged, as Ansible does.
 */
final class PythonLiteral {
    private final String text;
    private int pos;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** The typed value of {@code raw}, or {@code raw} itself when it is not a Python literal. */
    static Object parse(String raw) {
        PythonLiteral p = new PythonLiteral(raw);
        try {
            p.skipSpace();
            Object value = p.value();
            p.skipSpace();
            return p.pos == raw.length() ? value : raw;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return raw;
        }
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
            default:
                if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                    return number();
                }
                return keyword();
        }
    }

    private Object keyword() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            default:
                throw new IllegalArgumentException("not a literal: " + word);
        }
    }

    private List<Object> sequence(char close) {
        pos++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        boolean sawComma = false;
        while (text.charAt(pos) != close) {
            items.add(value());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
                sawComma = true;
                skipSpace();
            } else if (text.charAt(pos) != close) {
                throw new IllegalArgumentException("expected " + close);
            }
        }
        pos++;
        if (close == ')' && items.size() == 1 && !sawComma) {
            throw new IllegalArgumentException("parenthesised expression, not a tuple");
        }
        return items;
    }

    private Map<Object, Object> dict() {
        pos++;
        Map<Object, Object> map = new LinkedHashMap<>();
        skipSpace();
        while (text.charAt(pos) != '}') {
            Object key = value();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
                skipSpace();
            } else if (text.charAt(pos) != '}') {
                throw new IllegalArgumentException("expected }");
            }
        }
        pos++;
        return map;
    }

    /** Adjacent string literals concatenate, as in Python. */
    private String strings() {
        StringBuilder sb = new StringBuilder(string());
        int save = pos;
        skipSpace();
        while (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
            sb.append(string());
            save = pos;
            skipSpace();
        }
        pos = save;
        return sb.toString();
    }

    private String string() {
        char quote = text.charAt(pos);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = text.charAt(pos);
            if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                return sb.toString();
            }
            if (c == '\n' && !triple) {
                throw new IllegalArgumentException("EOL in string");
            }
            if (c == '\\') {
                pos++;
                sb.append(escape(text.charAt(pos)));
            } else {
                sb.append(c);
            }
            pos++;
        }
    }

    private String escape(char c) {
        switch (c) {
            case 'n':
                return "\n";
            case 't':
                return "\t";
            case 'r':
                return "\r";
            case '0':
                return "\0";
            case '\\':
            case '\'':
            case '"':
                return String.valueOf(c);
            case '\n':
                return "";
            default:
                return "\\" + c;
        }
    }

    private Object number() {
        int start = pos;
        boolean negative = false;
        while (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
            negative ^= text.charAt(pos) == '-';
            pos++;
            skipSpace();
        }
        int digitsStart = pos;
        while (pos < text.length() && isNumberChar(text.charAt(pos), pos > 0 ? text.charAt(pos - 1) : ' ')) {
            pos++;
        }
        String literal = text.substring(digitsStart, pos);
        if (literal.isEmpty() || literal.startsWith("_") || literal.endsWith("_") || literal.contains("__")) {
            throw new IllegalArgumentException("not a number at " + start);
        }
        Object n = numberValue(literal.replace("_", ""));
        if (!negative) {
            return n;
        }
        if (n instanceof Double d) {
            return -d;
        }
        BigInteger big = toBig(n).negate();
        return narrow(big);
    }

    private static boolean isNumberChar(char c, char prev) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_'
                || ((c == '-' || c == '+') && (prev == 'e' || prev == 'E'));
    }

    private static Object numberValue(String s) {
        String lower = s.toLowerCase();
        if (lower.startsWith("0x")) {
            return narrow(new BigInteger(s.substring(2), 16));
        }
        if (lower.startsWith("0o")) {
            return narrow(new BigInteger(s.substring(2), 8));
        }
        if (lower.startsWith("0b")) {
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
        throw new IllegalArgumentException("not a number: " + s);
    }

    private static BigInteger toBig(Object n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf((Long) n);
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

    private void skipSpace() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }
}
