package io.jplay.template;

import io.jplay.template.TNode.CallBlock;
import io.jplay.template.TNode.FilterBlock;
import io.jplay.template.TNode.Import;
import io.jplay.template.TNode.Include;
import java.nio.file.Path;
import java.util.List;

/** Renders {@code filter} and {@code call} blocks, {@code include}, {@code import} and {@code from ... import}. */
final class BlockRenderer {
    private static final String CALLER = "_jplay_call_block_caller";

    private BlockRenderer() {
    }

    static void render(TNode n, Scope s, StringBuilder out) throws TemplateException {
        if (n instanceof FilterBlock fb) {
            StringBuilder body = new StringBuilder();
            Renderer.render(fb.body(), s, body);
            Scope inner = s.child();
            inner.set(FilterBlock.BODY, body.toString());
            out.append(Renderer.finalize(Evaluator.eval(fb.chain(), inner)));
        } else if (n instanceof CallBlock cb) {
            if (!(cb.call() instanceof Expr.Call call)) {
                throw new TemplateSyntaxError("expected call");
            }
            Scope inner = s.child();
            inner.set(CALLER, Renderer.macro(cb.signature(), cb.defaults(), cb.body(), s));
            List<Expr.Kw> kwargs = new java.util.ArrayList<>(call.kwargs());
            kwargs.add(new Expr.Kw("caller", new Expr.Name(CALLER)));
            out.append(Renderer.finalize(Evaluator.eval(new Expr.Call(call.fn(), call.args(), kwargs), inner)));
        } else if (n instanceof Include inc) {
            include(inc, s, out);
        } else if (n instanceof Import imp) {
            importTemplate(imp, s);
        }
    }

    private static void include(Include inc, Scope s, StringBuilder out) throws TemplateException {
        Object names = Evaluator.eval(inc.template(), s);
        List<Object> candidates = names instanceof List<?> l ? List.copyOf(l) : List.of(Ops.defined(names));
        for (Object name : candidates) {
            Path file = find(s, PythonRepr.str(name));
            if (file != null) {
                List<TNode> nodes = TemplateParser.parse(withoutTrailingNewline(Lookups.read(file)), s.rt.delimiters);
                Inheritance.render(nodes, inc.withContext() ? s.child() : new Scope(null, s.rt), out);
                return;
            }
        }
        if (!inc.ignoreMissing()) {
            throw new TemplateException(candidates.size() == 1 ? PythonRepr.str(candidates.get(0))
                    : "none of the templates given were found: " + PythonRepr.str(candidates));
        }
    }

    /** Jinja2 without {@code keep_trailing_newline}: an included or imported file loses one final newline. */
    static String withoutTrailingNewline(String source) {
        if (source.endsWith("\r\n")) {
            return source.substring(0, source.length() - 2);
        }
        return source.endsWith("\n") || source.endsWith("\r") ? source.substring(0, source.length() - 1) : source;
    }

    static Path find(Scope s, String name) throws TemplateException {
        for (Path dir : s.rt.includePath()) {
            Path candidate = dir.resolve(name);
            if (java.nio.file.Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void importTemplate(Import imp, Scope s) throws TemplateException {
        String name = PythonRepr.str(Ops.defined(Evaluator.eval(imp.template(), s)));
        Path file = find(s, name);
        if (file == null) {
            throw new TemplateException(name);
        }
        Scope module = imp.withContext() ? s.child() : new Scope(null, s.rt);
        Inheritance.render(TemplateParser.parse(withoutTrailingNewline(Lookups.read(file)), s.rt.delimiters), module,
                new StringBuilder());
        JinjaGlobals.Namespace exported = new JinjaGlobals.Namespace("TemplateModule");
        module.localsInto(exported);
        if (imp.alias() != null) {
            s.set(imp.alias(), exported);
            return;
        }
        for (int i = 0; i < imp.names().size(); i++) {
            String n = imp.names().get(i);
            Object v = exported.attr(n);
            s.set(imp.aliases().get(i), v != null ? v
                    : new Undefined("the template " + PythonRepr.repr(name) + " (imported on line 1) does not export the "
                    + "requested name " + PythonRepr.repr(n)));
        }
    }
}
