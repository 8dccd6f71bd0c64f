package io.jplay.template;

import java.util.List;

/** A node of a parsed template: text, {@code {{ output }}} or a {@code {% statement %}}. */
sealed interface TNode {
    record Text(String text) implements TNode { }
    record Output(Expr expr) implements TNode { }
    record If(List<Expr> conditions, List<List<TNode>> bodies, List<TNode> otherwise) implements TNode { }
    record For(Expr target, Expr iter, Expr filter, boolean recursive, List<TNode> body, List<TNode> otherwise)
            implements TNode { }
    record SetAttr(String namespace, String attr, Expr value) implements TNode { }
    /** {@code {% filter f|g(x) %}}: {@code chain} applies the filters to the name {@link #BODY}. */
    record FilterBlock(Expr chain, List<TNode> body) implements TNode {
        static final String BODY = "_jplay_filter_block_body";
    }
    record CallBlock(Expr call, MacroSignature signature, List<Expr> defaults, List<TNode> body) implements TNode { }
    record Include(Expr template, boolean ignoreMissing, boolean withContext) implements TNode { }
    /** {@code import} ({@code names} empty, bound to {@code alias}) or {@code from ... import names}. */
    record Import(Expr template, String alias, List<String> names, List<String> aliases, boolean withContext)
            implements TNode { }
    record SetVar(Expr target, Expr value) implements TNode { }
    /** {@code {% with a = x, b = y %}}: the values are computed outside, the names live only inside. */
    record With(List<Expr> targets, List<Expr> values, List<TNode> body) implements TNode { }
    record SetBlock(String name, List<TNode> body) implements TNode { }
    record Macro(MacroSignature signature, List<Expr> defaults, List<TNode> body) implements TNode { }
    /** {@code {% block name [scoped] %}}: rendered in place unless a template extending this one overrides it. */
    record Block(String name, boolean scoped, List<TNode> body) implements TNode { }
    /** {@code {% extends "parent" %}}: the parent is rendered with this template's blocks. */
    record Extends(Expr template) implements TNode { }
}
