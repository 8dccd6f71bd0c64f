package io.jplay.template;

import io.jplay.template.TNode.Import;
import io.jplay.template.TNode.Include;
import io.jplay.template.TemplateScanner.Tok;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code include}, {@code import} and {@code from ... import} tags. */
final class ImportParser {
    private ImportParser() {
    }

    static TNode parse(Tok t) throws TemplateException {
        ExprParser p = ExprParser.over(t.text());
        Expr template = p.expressionNoCond();
        switch (t.tag()) {
            case "include": {
                boolean ignoreMissing = false;
                if (p.accept("ignore")) {
                    p.expect("missing");
                    ignoreMissing = true;
                }
                boolean context = context(p, true);
                end(p);
                return new Include(template, ignoreMissing, context);
            }
            case "import": {
                p.expect("as");
                String alias = p.name();
                boolean context = context(p, false);
                end(p);
                return new Import(template, alias, List.of(), List.of(), context);
            }
            default: {
                p.expect("import");
                List<String> names = new ArrayList<>();
                List<String> aliases = new ArrayList<>();
                while (!p.atEnd() && !p.cur().is("with") && !p.cur().is("without")) {
                    String n = p.name();
                    names.add(n);
                    aliases.add(p.accept("as") ? p.name() : n);
                    if (!p.accept(",")) {
                        break;
                    }
                }
                boolean context = context(p, false);
                end(p);
                return new Import(template, null, names, aliases, context);
            }
        }
    }

    private static boolean context(ExprParser p, boolean dflt) throws TemplateException {
        if (p.accept("with")) {
            p.expect("context");
            return true;
        }
        if (p.accept("without")) {
            p.expect("context");
            return false;
        }
        return dflt;
    }

    private static void end(ExprParser p) throws TemplateException {
        if (!p.atEnd()) {
            throw p.error("expected token 'end of statement block', got '" + p.cur().text() + "'");
        }
    }
}
