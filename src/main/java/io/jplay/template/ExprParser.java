package io.jplay.template;

import io.jplay.template.Expr.*;
import io.jplay.template.ExprLexer.Kind;
import io.jplay.template.ExprLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses Jinja2 expressions with Jinja2's grammar and precedence: {@code not} binds looser than
 * comparisons, comparisons chain, filters and {@code is} tests apply to a unary operand.
 */
final class ExprParser {
    private static final Set<String> COMPARE = Set.of("==", "!=", "<", "<=", ">", ">=");
    private final List<Token> toks;
    private final String source;
    private int pos;
    /** Nested expressions, {@code not}s and signs being parsed now (see {@link #MAX_DEPTH}). */
    private int depth;

    /**
     * The deepest nesting parsed. Jinja2's recursive parser stops near 80 levels with Python's
     * RecursionError (which Ansible reports as a failed template); jplay reads deeper, but bounded,
     * so that no expression overflows the Java stack.
     */
    static final int MAX_DEPTH = 100;

    /** How Jinja2 names the end of this expression's tokens in "unexpected" errors. */
    private String endName = "end of template";

    private ExprParser(List<Token> toks, String source) {
        this.toks = toks;
        this.source = source;
    }

    /** Parses a whole expression; trailing tokens are a syntax error. */
    static Expr parse(String source) throws TemplateException {
        return parse(source, false, false);
    }

    /**
     * The expression of a {@code {{ }}} tag.
     *
     * @param rawStrings keep backslashes in string literals (Ansible's {@code _escape_backslashes} of a playbook string)
     */
    static Expr parseOutput(String source, boolean rawStrings) throws TemplateException {
        return parse(source, rawStrings, true);
    }

    private static Expr parse(String source, boolean rawStrings, boolean output) throws TemplateException {
        ExprParser p = new ExprParser(ExprLexer.lex(source, rawStrings), source);
        if (output) {
            p.endName = "end of print statement";
            p.requireExpression();
        }
        Expr e = p.expression();
        if (p.cur().kind() != Kind.END) {
            throw p.error("unexpected '" + p.cur().text() + "'");
        }
        return e;
    }

    /** A parser positioned over tokens, for statements such as {@code for x, y in items}. */
    static ExprParser over(String source) throws TemplateException {
        ExprParser p = new ExprParser(ExprLexer.lex(source, false), source);
        p.endName = "end of statement block";
        return p;
    }

    /** A statement's whole expression, such as an {@code if} condition. */
    static Expr parseStatement(String source) throws TemplateException {
        ExprParser p = over(source);
        p.requireExpression();
        Expr e = p.expression();
        if (!p.atEnd()) {
            throw p.error("unexpected '" + p.cur().text() + "'");
        }
        return e;
    }

    /** Jinja2's parse_tuple where nothing stands before the end of the tag. */
    void requireExpression() throws TemplateException {
        if (atEnd()) {
            throw error("Expected an expression, got '" + endName + "'");
        }
    }

    Token cur() {
        return toks.get(pos);
    }

    boolean atEnd() {
        return cur().kind() == Kind.END;
    }

    boolean accept(String op) {
        if (cur().is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String op) throws TemplateException {
        if (!accept(op)) {
            throw error("expected token '" + op + "', got '" + (cur().kind() == Kind.END ? endName : cur().text()) + "'");
        }
    }

    String name() throws TemplateException {
        Token t = cur();
        if (t.kind() != Kind.NAME) {
            throw error("expected token 'name', got '" + (t.kind() == Kind.END ? endName : t.text()) + "'");
        }
        pos++;
        return t.text();
    }

    TemplateException error(String what) {
        return new TemplateSyntaxError(what);
    }

    Expr expression() throws TemplateException {
        enter();
        try {
            return conditional();
        } finally {
            depth--;
        }
    }

    private void enter() throws TemplateException {
        if (++depth > MAX_DEPTH) {
            throw new TemplateException("maximum recursion depth exceeded: expression nested deeper than "
                    + MAX_DEPTH + " levels in " + source);
        }
    }

    private Expr conditional() throws TemplateException {
        Expr e = or();
        while (cur().is("if")) {
            pos++;
            Expr test = or();
            Expr otherwise = null;
            if (accept("else")) {
                otherwise = expression();
            }
            e = new Cond(test, e, otherwise);
        }
        return e;
    }

    /** An expression without a trailing {@code if ... else} (a for-loop's iterable). */
    Expr expressionNoCond() throws TemplateException {
        return or();
    }

    /** Comma-separated expressions without parentheses, e.g. a for-loop target or {@code a, b}. */
    Expr tuple(boolean simpleNames) throws TemplateException {
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        while (true) {
            items.add(simpleNames ? new Name(name()) : expression());
            if (!accept(",")) {
                break;
            }
            comma = true;
            if (atEnd() || cur().is("in") || cur().is("=")) {
                break;
            }
        }
        return comma ? new TupleLit(items) : items.get(0);
    }

    private Expr or() throws TemplateException {
        Expr e = and();
        while (accept("or")) {
            e = new Or(e, and());
        }
        return e;
    }

    private Expr and() throws TemplateException {
        Expr e = not();
        while (accept("and")) {
            e = new And(e, not());
        }
        return e;
    }

    private Expr not() throws TemplateException {
        if (cur().kind() == Kind.NAME && cur().text().equals("not")) {
            pos++;
            enter();
            try {
                return new Not(not());
            } finally {
                depth--;
            }
        }
        return compare();
    }

    private Expr compare() throws TemplateException {
        Expr first = math1();
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (true) {
            Token t = cur();
            if (t.kind() == Kind.OP && COMPARE.contains(t.text())) {
                pos++;
                ops.add(t.text());
            } else if (t.kind() == Kind.NAME && t.text().equals("in")) {
                pos++;
                ops.add("in");
            } else if (t.kind() == Kind.NAME && t.text().equals("not") && toks.get(pos + 1).is("in")) {
                pos += 2;
                ops.add("notin");
            } else {
                break;
            }
            rest.add(math1());
        }
        return ops.isEmpty() ? first : new Compare(first, ops, rest);
    }

    private Expr math1() throws TemplateException {
        Expr e = concat();
        while (cur().kind() == Kind.OP && (cur().text().equals("+") || cur().text().equals("-"))) {
            String op = cur().text();
            pos++;
            e = new Binary(op, e, concat());
        }
        return e;
    }

    private Expr concat() throws TemplateException {
        Expr e = math2();
        while (accept("~")) {
            e = new Binary("~", e, math2());
        }
        return e;
    }

    private Expr math2() throws TemplateException {
        Expr e = pow();
        while (cur().kind() == Kind.OP && Set.of("*", "/", "//", "%").contains(cur().text())) {
            String op = cur().text();
            pos++;
            e = new Binary(op, e, pow());
        }
        return e;
    }

    private Expr pow() throws TemplateException {
        Expr e = unary(true);
        while (accept("**")) {
            e = new Binary("**", e, unary(true));
        }
        return e;
    }

    private Expr unary(boolean withFilter) throws TemplateException {
        Expr e;
        if (cur().kind() == Kind.OP && (cur().text().equals("-") || cur().text().equals("+"))) {
            String op = cur().text();
            pos++;
            enter();
            try {
                e = new Unary(op, unary(false));
            } finally {
                depth--;
            }
        } else {
            e = primary();
        }
        e = postfix(e);
        return withFilter ? filterExpr(e) : e;
    }

    private Expr primary() throws TemplateException {
        Token t = cur();
        switch (t.kind()) {
            case NAME -> {
                pos++;
                return switch (t.text()) {
                    case "true", "True" -> new Const(Boolean.TRUE);
                    case "false", "False" -> new Const(Boolean.FALSE);
                    case "none", "None" -> new Const(null);
                    default -> new Name(t.text());
                };
            }
            case STRING -> {
                StringBuilder sb = new StringBuilder();
                while (cur().kind() == Kind.STRING) {
                    sb.append((String) cur().value());
                    pos++;
                }
                return new Const(sb.toString());
            }
            case INT, FLOAT -> {
                pos++;
                return new Const(t.value());
            }
            default -> { }
        }
        if (accept("(")) {
            if (accept(")")) {
                return new TupleLit(List.of());
            }
            Expr first = expression();
            if (accept(")")) {
                return first;
            }
            List<Expr> items = new ArrayList<>(List.of(first));
            while (accept(",")) {
                if (cur().is(")")) {
                    break;
                }
                items.add(expression());
            }
            expect(")");
            return new TupleLit(items);
        }
        if (accept("[")) {
            List<Expr> items = new ArrayList<>();
            while (!cur().is("]")) {
                items.add(expression());
                if (!accept(",")) {
                    break;
                }
            }
            expect("]");
            return new ListLit(items);
        }
        if (accept("{")) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            while (!cur().is("}")) {
                keys.add(expression());
                expect(":");
                values.add(expression());
                if (!accept(",")) {
                    break;
                }
            }
            expect("}");
            return new DictLit(keys, values);
        }
        throw error("unexpected '" + (t.kind() == Kind.END ? endName : t.text()) + "'");
    }

    private Expr postfix(Expr e) throws TemplateException {
        while (true) {
            if (cur().kind() == Kind.OP && cur().text().equals(".")) {
                pos++;
                Token t = cur();
                pos++;
                if (t.kind() == Kind.INT) {
                    e = new Item(e, new Const(t.value()));
                } else if (t.kind() == Kind.NAME) {
                    e = new Attr(e, t.text());
                } else {
                    throw error("expected name after '.'");
                }
            } else if (cur().kind() == Kind.OP && cur().text().equals("[")) {
                pos++;
                e = subscript(e);
            } else if (cur().kind() == Kind.OP && cur().text().equals("(")) {
                e = call(e);
            } else {
                return e;
            }
        }
    }

    private Expr subscript(Expr obj) throws TemplateException {
        Expr[] parts = new Expr[3];
        int idx = 0;
        boolean slice = false;
        while (!cur().is("]")) {
            if (accept(":")) {
                slice = true;
                idx++;
                if (idx > 2) {
                    throw error("bad slice");
                }
                continue;
            }
            parts[idx] = expression();
            if (!slice && accept(",")) {
                List<Expr> items = new ArrayList<>(List.of(parts[0]));
                while (!cur().is("]")) {
                    items.add(expression());
                    if (!accept(",")) {
                        break;
                    }
                }
                parts[0] = new TupleLit(items);
            }
        }
        expect("]");
        return slice ? new SliceOf(obj, parts[0], parts[1], parts[2]) : new Item(obj, parts[0]);
    }

    private Expr call(Expr fn) throws TemplateException {
        List<Expr> args = new ArrayList<>();
        List<Kw> kwargs = new ArrayList<>();
        parseArgs(args, kwargs);
        return new Expr.Call(fn, args, kwargs);
    }

    private void parseArgs(List<Expr> args, List<Kw> kwargs) throws TemplateException {
        expect("(");
        while (!cur().is(")")) {
            if (accept("**")) {
                kwargs.add(new Kw("**", expression()));
            } else if (accept("*")) {
                args.add(new Unary("*", expression()));
            } else if (cur().kind() == Kind.NAME && toks.get(pos + 1).is("=")) {
                String n = name();
                pos++;
                kwargs.add(new Kw(n, expression()));
            } else {
                args.add(expression());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
    }

    /** A filter or test name, qualified ({@code community.general.dict_kv}) or not. */
    private String dottedName() throws TemplateException {
        StringBuilder n = new StringBuilder(name());
        while (cur().is(".") && toks.get(pos + 1).kind() == Kind.NAME) {
            pos++;
            n.append('.').append(name());
        }
        return n.toString();
    }

    private Expr filterExpr(Expr e) throws TemplateException {
        while (true) {
            if (cur().kind() == Kind.OP && cur().text().equals("|")) {
                pos++;
                String n = dottedName();
                List<Expr> args = new ArrayList<>();
                List<Kw> kwargs = new ArrayList<>();
                if (cur().is("(")) {
                    parseArgs(args, kwargs);
                }
                e = new Filter(e, n, args, kwargs);
            } else if (cur().kind() == Kind.NAME && cur().text().equals("is")) {
                pos++;
                boolean negated = accept("not");
                String n = dottedName();
                List<Expr> args = new ArrayList<>();
                List<Kw> kwargs = new ArrayList<>();
                Token t = cur();
                if (t.is("(")) {
                    parseArgs(args, kwargs);
                } else if ((t.kind() == Kind.NAME && !Set.of("else", "or", "and", "if").contains(t.text()))
                        || t.kind() == Kind.STRING || t.kind() == Kind.INT || t.kind() == Kind.FLOAT
                        || t.is("[") || t.is("{")) {
                    args.add(postfix(primary()));
                }
                e = new Test(e, n, args, kwargs);
                if (negated) {
                    e = new Not(e);
                }
            } else if (cur().kind() == Kind.OP && cur().text().equals("(")) {
                e = call(e);
            } else {
                return e;
            }
        }
    }
}
