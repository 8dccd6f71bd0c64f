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
                out.append(finalize(Evaluator.eval(o.expr(), s)));
            } else if (n instanceof If i) {
                renderIf(i, s, out);
            } else if (n instanceof For f) {
                renderFor(f, s, out);
            } else if (n instanceof SetVar sv) {
                assign(sv.target(), Evaluator.eval(sv.value(), s), s);
            } else if (n instanceof SetBlock sb) {
                StringBuilder inner = new StringBuilder();
                render(sb.body(), s, inner);
                s.set(sb.name(), inner.toString());
            } else if (n instanceof Macro m) {
                s.set(m.name(), macro(m, s));
            }
        }
    }

    static String finalize(Object v) throws TemplateException {
        if (v instanceof Undefined u) {
            throw u.error();
        }
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

    private static void renderFor(For f, Scope s, StringBuilder out) throws TemplateException {
        List<Object> items = Ops.iterate(Evaluator.eval(f.iter(), s));
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
        int n = items.size();
        for (int i = 0; i < n; i++) {
            Scope inner = s.child();
            assign(f.target(), items.get(i), inner);
            inner.set("loop", loop(items, i));
            render(f.body(), inner, out);
        }
    }

    private static Map<String, Object> loop(List<Object> items, int i) {
        int n = items.size();
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("index", (long) i + 1);
        loop.put("index0", (long) i);
        loop.put("revindex", (long) (n - i));
        loop.put("revindex0", (long) (n - i - 1));
        loop.put("first", i == 0);
        loop.put("last", i == n - 1);
        loop.put("length", (long) n);
        loop.put("depth", 1L);
        loop.put("depth0", 0L);
        loop.put("previtem", i > 0 ? items.get(i - 1) : new Undefined("there is no previous item"));
        loop.put("nextitem", i < n - 1 ? items.get(i + 1) : new Undefined("there is no next item"));
        loop.put("cycle", (PyCallable) (args, kw) -> args.get(i % args.size()));
        loop.put("changed", (PyCallable) (args, kw) -> true);
        return loop;
    }

    private static PyCallable macro(Macro m, Scope defining) {
        return (args, kwargs) -> {
            Scope inner = defining.child();
            for (int k = 0; k < m.params().size(); k++) {
                String p = m.params().get(k);
                Object v;
                if (k < args.size()) {
                    v = args.get(k);
                } else if (kwargs.containsKey(p)) {
                    v = kwargs.get(p);
                } else if (m.defaults().get(k) != null) {
                    v = Evaluator.eval(m.defaults().get(k), inner);
                } else {
                    v = Undefined.variable(p);
                }
                inner.set(p, v);
            }
            inner.set("varargs", new ArrayList<>(args.size() > m.params().size()
                    ? args.subList(m.params().size(), args.size()) : List.of()));
            StringBuilder sb = new StringBuilder();
            render(m.body(), inner, sb);
            return sb.toString();
        };
    }
}
