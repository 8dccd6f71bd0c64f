package io.jplay.template;

import java.util.List;

/** A node of a parsed template: text, {@code {{ output }}} or a {@code {% statement %}}. */
sealed interface TNode {
    record Text(String text) implements TNode { }
    record Output(Expr expr) implements TNode { }
    record If(List<Expr> conditions, List<List<TNode>> bodies, List<TNode> otherwise) implements TNode { }
    record For(Expr target, Expr iter, Expr filter, List<TNode> body, List<TNode> otherwise) implements TNode { }
    record SetVar(Expr target, Expr value) implements TNode { }
    record SetBlock(String name, List<TNode> body) implements TNode { }
    record Macro(String name, List<String> params, List<Expr> defaults, List<TNode> body) implements TNode { }
}
