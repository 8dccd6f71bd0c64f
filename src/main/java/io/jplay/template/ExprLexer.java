package io.jplay.template;

import io.jplay.python.PyEscapes;
import io.jplay.python.PyText;
import java.util.ArrayList;
import java.util.List;

/** Splits a Jinja2 expression into tokens. */
final class ExprLexer {
    enum Kind { NAME, STRING, INT, FLOAT, OP, END }

    record Token(Kind kind, String text, Object value, int pos) {
        boolean is(String op) {
            return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
        }
    }

    private static final String[] OPS = {"//", "**", "==", "!=", ">=", "<=", "+", "-", "*", "/", "%", "~",
        "[", "]", "(", ")", "{", "}", ">", "<", "=", ".", ":", "|", ",", ";"};

    private ExprLexer() {
    }

    static List<Token> lex(String s, boolean raw) throws TemplateException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (PyText.isSpace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(new Token(Kind.NAME, s.substring(i, j), null, i));
                i = j;
            } else if (Character.isDigit(c)) {
                i = number(s, i, out);
            } else if (c == '\'' || c == '"') {
                i = string(s, i, out, raw);
            } else {
                String op = null;
                for (String o : OPS) {
                    if (s.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                if (op == null) {
                    throw TemplateSyntaxError.unexpectedChar(c, i);
                }
                out.add(new Token(Kind.OP, op, null, i));
                i += op.length();
            }
        }
        out.add(new Token(Kind.END, "", null, n));
        return out;
    }

    private static int number(String s, int i, List<Token> out) {
        int j = i;
        int n = s.length();
        int prefix = i + 2 < n && s.charAt(i) == '0' ? "bBoOxX".indexOf(s.charAt(i + 1)) : -1;
        if (prefix >= 0) {
            // Jinja2's 0b / 0o / 0x literals, an underscore allowed before each digit
            int radix = new int[] {2, 8, 16}[prefix / 2];
            j = i + 2;
            while (j < n && (s.charAt(j) == '_' && j + 1 < n && Character.digit(s.charAt(j + 1), radix) >= 0
                    || Character.digit(s.charAt(j), radix) >= 0 && s.charAt(j) < 128)) {
                j++;
            }
            if (j > i + 2) {
                Object v = io.jplay.python.PyInt.of(new java.math.BigInteger(s.substring(i + 2, j).replace("_", ""), radix));
                out.add(new Token(Kind.INT, s.substring(i, j), v, i));
                return j;
            }
            j = i;
        }
        boolean isFloat = false;
        while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j + 1 < n && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
            isFloat = true;
            j++;
            while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < n && Character.isDigit(s.charAt(k))) {
                isFloat = true;
                j = k;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
            }
        }
        String text = s.substring(i, j).replace("_", "");
        Object v = isFloat ? (Object) Double.parseDouble(text) : text.length() < 19 ? (Object) Long.parseLong(text)
                : (Object) io.jplay.python.PyInt.of(new java.math.BigInteger(text));
        out.add(new Token(isFloat ? Kind.FLOAT : Kind.INT, s.substring(i, j), v, i));
        return j;
    }

    private static int string(String s, int i, List<Token> out, boolean raw) throws TemplateException {
        char q = s.charAt(i);
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        int n = s.length();
        while (j < n && s.charAt(j) != q) {
            char c = s.charAt(j);
            if (c == '\\' && raw) {
                // Ansible doubles every backslash inside {{ }} before Jinja2 lexes: none escapes the quote
                sb.append(c);
            } else if (c == '\\' && j + 1 < n) {
                try {
                    j = PyEscapes.decode(s, j + 1, sb) - 1;
                } catch (IllegalArgumentException e) {
                    throw new TemplateSyntaxError(e.getMessage());
                }
            } else {
                sb.append(c);
            }
            j++;
        }
        if (j >= n) {
            // Jinja2's lexer: no string token matches where the quote opens, and nothing else does either
            throw TemplateSyntaxError.unexpectedChar(q, i);
        }
        out.add(new Token(Kind.STRING, s.substring(i, j + 1), sb.toString(), i));
        return j + 1;
    }
}
