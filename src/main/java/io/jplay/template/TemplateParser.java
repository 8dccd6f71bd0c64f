package io.jplay.template;

import io.jplay.template.TNode.*;
import io.jplay.template.TemplateScanner.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a template tree from {@link TemplateScanner}'s tokens, applying whitespace control
 * ({@code -}) and Ansible's {@code trim_blocks}; expressions are parsed with {@link ExprParser}.
 * Inside {@code {{ }}} string literals keep their backslashes, as Ansible's
 * {@code _escape_backslashes} arranges.
 */
final class TemplateParser {

    private final List<Tok> toks;
    private final String source;
    private int pos;
    /** Statements being parsed now, one inside the other. */
    private int depth;
    /** Whether string literals inside {@code {{ }}} keep their backslashes (Ansible's {@code _escape_backslashes}). */
    private final boolean rawStrings;

    /** The deepest nesting of block statements parsed: deeper templates are refused, not a stack overflow. */
    static final int MAX_DEPTH = 200;

    private TemplateParser(List<Tok> toks, String source, boolean rawStrings) {
        this.toks = toks;
        this.source = source;
        this.rawStrings = rawStrings;
    }

    /** A string in a playbook or variable: Ansible escapes backslashes in its {@code {{ }}} string literals. */
    static List<TNode> parse(String template) throws TemplateException {
        return parse(template, Delimiters.DEFAULT, true);
    }

    /** A template file's text (included, imported, extended): Jinja2's own string escapes everywhere. */
    static List<TNode> parse(String template, Delimiters delimiters) throws TemplateException {
        return parse(template, delimiters, false);
    }

    static List<TNode> parse(String template, Delimiters delimiters, boolean rawStrings) throws TemplateException {
        List<Tok> toks = whitespace(TemplateScanner.scan(template, delimiters));
        TemplateParser p = new TemplateParser(toks, template, rawStrings);
        List<TNode> body = p.body(Set.of());
        if (p.pos < toks.size()) {
            throw p.error("Encountered unknown tag '" + toks.get(p.pos).tag() + "'.");
        }
        return body;
    }

    private static List<Tok> whitespace(List<Tok> raw) {
        List<Tok> out = new ArrayList<>(raw);
        for (int i = 0; i < out.size(); i++) {
            Tok t = out.get(i);
            if (t.kind() == 't' || t.kind() == 'r') {
                continue;
            }
            if (t.leftTrim() && i > 0 && out.get(i - 1).kind() == 't') {
                out.set(i - 1, text(out.get(i - 1).text().stripTrailing()));
            }
            if (i + 1 < out.size() && out.get(i + 1).kind() == 't') {
                String next = out.get(i + 1).text();
                if (t.rightTrim()) {
                    next = next.stripLeading();
                } else if (t.kind() != 'e') {
                    if (next.startsWith("\r\n")) {
                        next = next.substring(2);
                    } else if (next.startsWith("\n")) {
                        next = next.substring(1);
                    }
                }
                out.set(i + 1, text(next));
            }
        }
        return out;
    }

    private static Tok text(String s) {
        return new Tok('t', s, null, false, false);
    }

    private TemplateException error(String what) {
        return new TemplateSyntaxError(what);
    }

    /** Parses nodes up to (not including) a tag whose name is in {@code ends}. */
    private List<TNode> body(Set<String> ends) throws TemplateException {
        List<TNode> nodes = new ArrayList<>();
        while (pos < toks.size()) {
            Tok t = toks.get(pos);
            if (t.kind() == 't' || t.kind() == 'r') {
                if (!t.text().isEmpty()) {
                    nodes.add(new Text(t.text()));
                }
                pos++;
            } else if (t.kind() == 'n') {
                pos++;
            } else if (t.kind() == 'e') {
                try {
                    nodes.add(new Output(ExprParser.parseOutput(t.text(), rawStrings)));
                } catch (TemplateSyntaxError e) {
                    throw e.movedBy(t.at());
                }
                pos++;
            } else if (t.tag().equals("raw") || t.tag().equals("endraw")) {
                pos++;
            } else if (ends.contains(t.tag())) {
                return nodes;
            } else {
                pos++;
                if (++depth > MAX_DEPTH) {
                    throw new TemplateException("maximum recursion depth exceeded: blocks nested deeper than "
                            + MAX_DEPTH + " levels");
                }
                try {
                    nodes.add(statement(t));
                } finally {
                    depth--;
                }
            }
        }
        if (!ends.isEmpty()) {
            throw error("Unexpected end of template. Jinja was looking for the following tags: "
                    + String.join(" or ", ends.stream().map(e -> "'" + e + "'").sorted().toList()));
        }
        return nodes;
    }

    private String endTag(Set<String> ends) {
        String tag = toks.get(pos).tag();
        pos++;
        return tag;
    }

    /** {@code {% call(args) macro(...) %}body{% endcall %}}. */
    private TNode callBlock(Tok t) throws TemplateException {
        String text = t.text().strip();
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        ExprParser p = ExprParser.over(text);
        if (text.startsWith("(")) {
            p.expect("(");
            while (!p.cur().is(")")) {
                params.add(p.name());
                defaults.add(p.accept("=") ? p.expression() : null);
                if (!p.accept(",")) {
                    break;
                }
            }
            p.expect(")");
        }
        Expr call = p.expression();
        if (!p.atEnd()) {
            throw error("unexpected '" + p.cur().text() + "'");
        }
        List<TNode> body = body(Set.of("endcall"));
        endTag(null);
        return new CallBlock(call, MacroSignature.of("caller", params, body), defaults, body);
    }

    private TNode statement(Tok t) throws TemplateException {
        switch (t.tag()) {
            case "if": {
                List<Expr> conds = new ArrayList<>();
                List<List<TNode>> bodies = new ArrayList<>();
                List<TNode> otherwise = List.of();
                conds.add(ExprParser.parseStatement(t.text()));
                Set<String> ends = Set.of("elif", "else", "endif");
                while (true) {
                    bodies.add(body(ends));
                    Tok end = toks.get(pos);
                    endTag(ends);
                    if (end.tag().equals("elif")) {
                        conds.add(ExprParser.parseStatement(end.text()));
                    } else if (end.tag().equals("else")) {
                        otherwise = body(Set.of("endif"));
                        endTag(ends);
                        break;
                    } else {
                        break;
                    }
                }
                return new If(conds, bodies, otherwise);
            }
            case "for": {
                ExprParser p = ExprParser.over(t.text());
                p.requireExpression();
                Expr target = p.tuple(true);
                p.expect("in");
                Expr iter = p.expressionNoCond();
                Expr filter = null;
                if (p.accept("if")) {
                    filter = p.expression();
                }
                boolean recursive = p.accept("recursive");
                if (!p.atEnd()) {
                    throw error("unexpected '" + p.cur().text() + "'");
                }
                List<TNode> body = body(Set.of("else", "endfor"));
                List<TNode> otherwise = List.of();
                if (toks.get(pos).tag().equals("else")) {
                    endTag(null);
                    otherwise = body(Set.of("endfor"));
                }
                endTag(null);
                return new For(target, iter, filter, recursive, body, otherwise);
            }
            case "with": {
                ExprParser p = ExprParser.over(t.text());
                List<Expr> targets = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                while (!p.atEnd()) {
                    if (!targets.isEmpty()) {
                        p.expect(",");
                    }
                    targets.add(p.tuple(true));
                    p.expect("=");
                    values.add(p.expression());
                }
                List<TNode> body = body(Set.of("endwith"));
                endTag(null);
                return new With(targets, values, body);
            }
            case "set": {
                java.util.regex.Matcher attr = java.util.regex.Pattern.compile("^\\s*(\\w+)\\.(\\w+)\\s*=(.*)$",
                        java.util.regex.Pattern.DOTALL).matcher(t.text());
                if (attr.matches()) {
                    return new SetAttr(attr.group(1), attr.group(2), ExprParser.parse(attr.group(3)));
                }
                ExprParser p = ExprParser.over(t.text());
                p.requireExpression();
                Expr target = p.tuple(true);
                if (p.atEnd()) {
                    List<TNode> body = body(Set.of("endset"));
                    endTag(null);
                    return new SetBlock(((Expr.Name) target).name(), body);
                }
                p.expect("=");
                Expr value = p.tuple(false);
                return new SetVar(target, value);
            }
            case "macro": {
                ExprParser p = ExprParser.over(t.text());
                String name = p.name();
                List<String> params = new ArrayList<>();
                List<Expr> defaults = new ArrayList<>();
                p.expect("(");
                while (!p.cur().is(")")) {
                    params.add(p.name());
                    defaults.add(p.accept("=") ? p.expression() : null);
                    if (!p.accept(",")) {
                        break;
                    }
                }
                p.expect(")");
                List<TNode> body = body(Set.of("endmacro"));
                endTag(null);
                return new Macro(MacroSignature.of(name, params, body), defaults, body);
            }
            case "filter": {
                Expr chain = ExprParser.parse(FilterBlock.BODY + "|" + t.text());
                List<TNode> body = body(Set.of("endfilter"));
                endTag(null);
                return new FilterBlock(chain, body);
            }
            case "call":
                return callBlock(t);
            case "block": {
                ExprParser p = ExprParser.over(t.text());
                String name = p.name();
                boolean scoped = p.accept("scoped");
                p.accept("required");
                if (!p.atEnd()) {
                    throw error("expected token 'end of statement block', got '" + p.cur().text() + "'");
                }
                List<TNode> body = body(Set.of("endblock"));
                String closing = toks.get(pos).text() == null ? "" : toks.get(pos).text().strip();
                if (!closing.isEmpty() && !closing.equals(name)) {
                    throw error("'" + name + "' is not the same as '" + closing + "'");
                }
                endTag(null);
                return new Block(name, scoped, body);
            }
            case "extends":
                return new Extends(ExprParser.parseStatement(t.text()));
            case "include":
            case "import":
            case "from":
                return ImportParser.parse(t);
            default:
                throw error("Encountered unknown tag '" + t.tag() + "'.");
        }
    }
}
