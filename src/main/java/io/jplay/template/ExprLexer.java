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
                    throw new TemplateSyntaxError("unexpected char " + PythonRepr.repr(String.valueOf(c)) + " at " + i);
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
        Object v = isFloat ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
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
            throw new TemplateSyntaxError("unexpected end of string");
        }
        out.add(new Token(Kind.STRING, s.substring(i, j + 1), sb.toString(), i));
        return j + 1;
    }
}
