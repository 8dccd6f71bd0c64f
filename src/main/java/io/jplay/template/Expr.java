package io.jplay.template;

import java.util.List;

/** The syntax tree of a Jinja2 expression. */
sealed interface Expr {
    record Const(Object value) implements Expr { }
    record Name(String name) implements Expr { }
    record Attr(Expr obj, String name) implements Expr { }
    record Item(Expr obj, Expr key) implements Expr { }
    record SliceOf(Expr obj, Expr start, Expr stop, Expr step) implements Expr { }
    record Call(Expr fn, List<Expr> args, List<Kw> kwargs) implements Expr { }
    record Filter(Expr obj, String name, List<Expr> args, List<Kw> kwargs) implements Expr { }
    record Test(Expr obj, String name, List<Expr> args, List<Kw> kwargs) implements Expr { }
    record Unary(String op, Expr operand) implements Expr { }
    record Binary(String op, Expr left, Expr right) implements Expr { }
    record Compare(Expr first, List<String> ops, List<Expr> rest) implements Expr { }
    record And(Expr left, Expr right) implements Expr { }
    record Or(Expr left, Expr right) implements Expr { }
    record Not(Expr operand) implements Expr { }
    record Cond(Expr test, Expr then, Expr otherwise) implements Expr { }
    record ListLit(List<Expr> items) implements Expr { }
    record TupleLit(List<Expr> items) implements Expr { }
    record DictLit(List<Expr> keys, List<Expr> values) implements Expr { }

    /** A keyword argument {@code name=value}. */
    record Kw(String name, Expr value) { }
}
