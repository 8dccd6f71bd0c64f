package io.jplay.template;

import io.jplay.template.TNode.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a template tree to text, with Ansible's finalize ({@code None} renders as empty). */
final class Renderer {
    private Renderer() {
    }

    static void render(List<TNode> nodes, Scope s, StringBuilder out) throws TemplateException {
        for (TNode n : nodes) {
            if (n instanceof Text t) {
                out.append(t.text());
            } else if (n instanceof Output o) {
                Object v = Evaluator.eval(o.expr(), s);
                // Ansible's finalize turns None into ''; jinja2_native's keeps it (printed as None)
                out.append(v == null && s.rt.nativeTypes ? "None" : finalize(v));
            } else if (n instanceof If i) {
                renderIf(i, s, out);
            } else if (n instanceof For f) {
                renderFor(f, s, out);
            } else if (n instanceof SetVar sv) {
                assign(sv.target(), Evaluator.eval(sv.value(), s), s);
            } else if (n instanceof With w) {
                List<Object> values = new ArrayList<>();
                for (Expr v : w.values()) {
                    values.add(Evaluator.eval(v, s));
                }
                Scope inner = s.child();
                for (int k = 0; k < values.size(); k++) {
                    assign(w.targets().get(k), values.get(k), inner);
                }
                render(w.body(), inner, out);
            } else if (n instanceof SetBlock sb) {
                StringBuilder inner = new StringBuilder();
                render(sb.body(), s, inner);
                s.set(sb.name(), inner.toString());
            } else if (n instanceof Macro m) {
                s.set(m.signature().name(), macro(m.signature(), m.defaults(), m.body(), s));
            } else if (n instanceof SetAttr sa) {
                setAttr(sa, s);
            } else if (n instanceof Block b) {
                Inheritance.renderBlock(b, s, out);
            } else if (n instanceof Extends) {
                throw new TemplateException("jplay supports {% extends %} only at the top level of a template");
            } else {
                BlockRenderer.render(n, s, out);
            }
        }
    }

    static String finalize(Object v) throws TemplateException {
        Undefined.failIfInside(v);
        return v == null ? "" : PythonRepr.str(v);
    }

    private static void renderIf(If i, Scope s, StringBuilder out) throws TemplateException {
        for (int k = 0; k < i.conditions().size(); k++) {
            if (Ops.truthy(Evaluator.eval(i.conditions().get(k), s))) {
                render(i.bodies().get(k), s, out);
                return;
            }
        }
        render(i.otherwise(), s, out);
    }

    private static void assign(Expr target, Object value, Scope s) throws TemplateException {
        if (target instanceof Expr.Name n) {
            s.set(n.name(), value);
            return;
        }
        List<Expr> names = ((Expr.TupleLit) target).items();
        List<Object> values = Ops.iterate(value);
        if (values.size() != names.size()) {
            throw new TemplateTypeError((values.size() > names.size() ? "too many values to unpack" : "not enough values to unpack")
                    + " (expected " + names.size() + ", got " + values.size() + ")");
        }
        for (int k = 0; k < names.size(); k++) {
            s.set(((Expr.Name) names.get(k)).name(), values.get(k));
        }
    }

    private static void setAttr(SetAttr sa, Scope s) throws TemplateException {
        Object ns = s.get(sa.namespace());
        if (!(ns instanceof JinjaGlobals.Namespace n)) {
            throw new TemplateSyntaxError("can only assign attributes to namespaces, not " + PythonRepr.typeName(ns));
        }
        n.set(sa.attr(), Evaluator.eval(sa.value(), s));
    }

    private static void renderFor(For f, Scope s, StringBuilder out) throws TemplateException {
        renderLoop(f, Evaluator.eval(f.iter(), s), 1, s, out);
    }

    private static void renderLoop(For f, Object iterable, int depth, Scope s, StringBuilder out)
            throws TemplateException {
        List<Object> items = Ops.iterate(iterable);
        if (f.filter() != null) {
            List<Object> kept = new ArrayList<>();
            for (Object item : items) {
                Scope probe = s.child();
                assign(f.target(), item, probe);
                if (Ops.truthy(Evaluator.eval(f.filter(), probe))) {
                    kept.add(item);
                }
            }
            items = kept;
        }
        if (items.isEmpty()) {
            render(f.otherwise(), s, out);
            return;
        }
        LoopContext.Shared shared = new LoopContext.Shared();
        PyCallable recurse = !f.recursive() ? null : (args, kw) -> {
            StringBuilder sb = new StringBuilder();
            renderLoop(f, args.isEmpty() ? List.of() : args.get(0), depth + 1, s, sb);
            return sb.toString();
        };
        for (int i = 0; i < items.size(); i++) {
            Scope inner = s.child();
            assign(f.target(), items.get(i), inner);
            inner.set("loop", new LoopContext(items, i, depth, shared, recurse));
            render(f.body(), inner, out);
        }
    }

    static PyCallable macro(MacroSignature sig, List<Expr> defaults, List<TNode> body, Scope defining) {
        List<String> params = sig.params();
        return (args, kwargs) -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            Map<String, Object> bound = sig.bind(args, kwargs, extra);
            Scope inner = defining.child();
            for (int k = 0; k < params.size(); k++) {
                String p = params.get(k);
                Object v;
                if (bound.containsKey(p)) {
                    v = bound.get(p);
                } else if (defaults.get(k) != null) {
                    v = Evaluator.eval(defaults.get(k), inner);
                } else {
                    v = new Undefined("parameter '" + p + "' was not provided");
                }
                inner.set(p, v);
            }
            inner.set("varargs", new Tuple(MacroSignature.rest(args, params.size())));
            if (bound.containsKey("caller")) {
                inner.set("caller", bound.get("caller"));
            }
            inner.set("kwargs", extra);
            StringBuilder sb = new StringBuilder();
            render(body, inner, sb);
            return sb.toString();
        };
    }
}
