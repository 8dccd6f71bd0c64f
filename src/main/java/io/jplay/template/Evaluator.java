package io.jplay.template;

import io.jplay.python.PyInt;
import io.jplay.template.Expr.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluates expression trees with Python semantics. */
final class Evaluator {
    private Evaluator() {
    }

    /**
     * Filters and tests that take one of Ansible's encrypted objects without reading its plaintext, so a
     * {@code !vault} variable no secret opens reaches them as it is (Ansible decrypts only when used).
     */
    private static final Set<String> LOCKED_FILTERS = Set.of("unvault", "ansible.builtin.unvault", "type_debug",
            "ansible.builtin.type_debug");
    private static final Set<String> LOCKED_TESTS = Set.of("vault_encrypted", "ansible.builtin.vault_encrypted",
            "string", "defined", "undefined", "none");

    /**
     * {@code e} evaluated for a filter or test of {@link #LOCKED_FILTERS}: a reference to a {@code !vault}
     * value that cannot be decrypted gives the still-encrypted value instead of the decryption error.
     */
    private static Object evalLocked(Expr e, Scope s) throws TemplateException {
        try {
            return eval(e, s);
        } catch (VaultValueException x) {
            if (x.value() != null && isReference(e)) {
                return x.value();
            }
            throw x;
        }
    }

    /** A variable, or an attribute or constant subscript of one: reading it evaluates nothing else. */
    private static boolean isReference(Expr e) {
        return e instanceof Name || e instanceof Attr a && isReference(a.obj())
                || e instanceof Item i && i.key() instanceof Const && isReference(i.obj());
    }

    static Object eval(Expr e, Scope s) throws TemplateException {
        if (e instanceof Const c) {
            return c.value();
        } else if (e instanceof Name n) {
            Object v = s.get(n.name());
            if (v instanceof Undefined && s.rt.lib.hasFunction(n.name())) {
                // a global function named, not called (lookup is callable, {% set f = range %})
                return (PyCallable) (args, kwargs) -> s.rt.lib.function(n.name(), new Call(null, args, kwargs, s));
            }
            return v;
        } else if (e instanceof Attr a) {
            return getattr(eval(a.obj(), s), a.name());
        } else if (e instanceof Item i) {
            return getitem(eval(i.obj(), s), eval(i.key(), s));
        } else if (e instanceof Filter f) {
            Object v = LOCKED_FILTERS.contains(f.name()) ? evalLocked(f.obj(), s) : eval(f.obj(), s);
            Object r = s.rt.lib.filter(f.name(), new Call(v, args(f.args(), s), kwargs(f.kwargs(), s), s));
            return s.rt.templater.vaultPlaintexts().afterFilter(f.name(), v, r);
        } else if (e instanceof Test t) {
            Object v = LOCKED_TESTS.contains(t.name()) ? evalLocked(t.obj(), s) : eval(t.obj(), s);
            return s.rt.lib.testValue(t.name(), new Call(v, args(t.args(), s), kwargs(t.kwargs(), s), s));
        } else if (e instanceof Compare c) {
            Object left = eval(c.first(), s);
            for (int i = 0; i < c.ops().size(); i++) {
                Object right = eval(c.rest().get(i), s);
                if (!Ops.compareOp(c.ops().get(i), left, right)) {
                    return false;
                }
                left = right;
            }
            return true;
        } else if (e instanceof And a) {
            Object l = eval(a.left(), s);
            return Ops.truthy(l) ? eval(a.right(), s) : l;
        } else if (e instanceof Or o) {
            Object l = eval(o.left(), s);
            return Ops.truthy(l) ? l : eval(o.right(), s);
        } else if (e instanceof Not n) {
            return !Ops.truthy(eval(n.operand(), s));
        } else if (e instanceof Binary b) {
            return s.rt.templater.vaultPlaintexts().plain(Ops.binary(b.op(), eval(b.left(), s), eval(b.right(), s)));
        } else if (e instanceof Unary u) {
            Object v = Ops.defined(eval(u.operand(), s));
            if (!Ops.isNumber(v)) {
                throw new TemplateTypeError("bad operand type for unary " + u.op() + ": '" + PythonRepr.typeName(v) + "'");
            }
            if (u.op().equals("+")) {
                return v instanceof Boolean ? Ops.intValue(v) : v;
            }
            return Ops.isInt(v) ? (Object) PyInt.negate(Ops.intValue(v)) : (Object) (-Ops.toDouble(v));
        } else if (e instanceof Cond c) {
            if (Ops.truthy(eval(c.test(), s))) {
                return eval(c.then(), s);
            }
            return c.otherwise() == null ? Undefined.inlineIf() : eval(c.otherwise(), s);
        } else if (e instanceof ListLit l) {
            return args(l.items(), s);
        } else if (e instanceof TupleLit t) {
            return new Tuple(args(t.items(), s));
        } else if (e instanceof DictLit d) {
            Map<Object, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < d.keys().size(); i++) {
                m.put(Ops.defined(eval(d.keys().get(i), s)), eval(d.values().get(i), s));
            }
            return m;
        } else if (e instanceof SliceOf sl) {
            return s.rt.templater.vaultPlaintexts().plain(
                    slice(Ops.defined(eval(sl.obj(), s)), opt(sl.start(), s), opt(sl.stop(), s), opt(sl.step(), s)));
        } else if (e instanceof Expr.Call c) {
            return call(c, s);
        }
        throw new TemplateException("cannot evaluate " + e);
    }

    private static Object opt(Expr e, Scope s) throws TemplateException {
        return e == null ? null : Ops.defined(eval(e, s));
    }

    static List<Object> args(List<Expr> exprs, Scope s) throws TemplateException {
        List<Object> out = new ArrayList<>(exprs.size());
        for (Expr x : exprs) {
            if (x instanceof Unary u && u.op().equals("*")) {
                out.addAll(Ops.iterate(eval(u.operand(), s)));
            } else {
                out.add(eval(x, s));
            }
        }
        return out;
    }

    static Map<String, Object> kwargs(List<Kw> kws, Scope s) throws TemplateException {
        if (kws.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Kw k : kws) {
            Object v = eval(k.value(), s);
            if (k.name().equals("**")) {
                ((Map<?, ?>) Ops.defined(v)).forEach((a, b) -> out.put(String.valueOf(a), b));
            } else {
                out.put(k.name(), v);
            }
        }
        return out;
    }

    private static Object call(Expr.Call c, Scope s) throws TemplateException {
        List<Object> args = args(c.args(), s);
        Map<String, Object> kwargs = kwargs(c.kwargs(), s);
        if (c.fn() instanceof Attr a) {
            Object self = Ops.defined(eval(a.obj(), s));
            if (self instanceof Map<?, ?> m && m.get(a.name()) instanceof PyCallable pc) {
                return pc.call(args, kwargs);
            }
            if (PyMethods.has(self, a.name())) {
                Object r = PyMethods.call(self, a.name(), args, kwargs);
                return s.rt.templater.vaultPlaintexts().afterMethod(self, r);
            }
            Object fn = getattr(self, a.name());
            return invoke(fn, args, kwargs);
        }
        if (c.fn() instanceof Name n) {
            Object v = s.get(n.name());
            if (v instanceof PyCallable pc) {
                return pc.call(args, kwargs);
            }
            if (s.rt.lib.hasFunction(n.name())) {
                return s.rt.lib.function(n.name(), new Call(null, args, kwargs, s));
            }
            return invoke(v, args, kwargs);
        }
        return invoke(eval(c.fn(), s), args, kwargs);
    }

    private static Object invoke(Object fn, List<Object> args, Map<String, Object> kwargs) throws TemplateException {
        if (fn instanceof PyCallable pc) {
            return pc.call(args, kwargs);
        }
        Ops.defined(fn);
        throw new TemplateTypeError("'" + PythonRepr.typeName(fn) + "' object is not callable");
    }

    static Object getattr(Object obj, String name) {
        if (obj instanceof Undefined u) {
            // Ansible's undefined chains; Jinja2's plain one fails on any attribute or item
            return u.lenient() ? new Undefined(u.message()) : obj;
        }
        if (obj instanceof Map<?, ?> m) {
            if (PyMethods.has(obj, name)) {
                return (PyCallable) (a, k) -> PyMethods.call(obj, name, a, k);
            }
            if (m.containsKey(name)) {
                return m.get(name);
            }
            return name.equals("__class__") && PyType.of(obj) != null ? PyType.of(obj) : Undefined.attribute(obj, name);
        }
        if (PyMethods.has(obj, name)) {
            return (PyCallable) (a, k) -> PyMethods.call(obj, name, a, k);
        }
        if (Ops.isNumber(obj) && (name.equals("real") || name.equals("imag"))) {
            return numberPart(obj, name.equals("real"));
        }
        if (obj instanceof PyObject p && p.attr(name) != null) {
            return p.attr(name);
        }
        if (name.equals("__class__") && PyType.of(obj) != null) {
            return PyType.of(obj);
        }
        return Undefined.attribute(obj, name);
    }

    /** A Python number's {@code real} (itself, a bool as its int) or {@code imag} (zero) attribute. */
    private static Object numberPart(Object number, boolean real) {
        boolean isFloat = number instanceof Double || number instanceof Float;
        if (!real) {
            return isFloat ? (Object) 0.0 : (Object) 0L;
        }
        return isFloat ? number : (Object) Ops.intValue(number);
    }

    static Object getitem(Object obj, Object key) throws TemplateException {
        if (obj instanceof Undefined u) {
            // Ansible's undefined chains; Jinja2's plain one fails on any attribute or item
            return u.lenient() ? new Undefined(u.message()) : obj;
        }
        Ops.defined(key);
        if (obj instanceof Map<?, ?> m) {
            if (m.containsKey(key)) {
                return m.get(key);
            }
            if (Ops.isInt(key)) {
                for (Map.Entry<?, ?> en : m.entrySet()) {
                    if (Ops.equal(en.getKey(), key)) {
                        return en.getValue();
                    }
                }
            }
            return key instanceof String k ? getattr(obj, k) : Undefined.attribute(obj, key);
        }
        if ((obj instanceof List || obj instanceof String) && Ops.isInt(key)) {
            int size = obj instanceof List<?> l ? l.size() : ((String) obj).length();
            long i = Ops.toLong(key);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                return new Undefined(PythonRepr.typeName(obj) + " object has no element " + key);
            }
            return obj instanceof List<?> l ? l.get((int) i) : String.valueOf(((String) obj).charAt((int) i));
        }
        if (key instanceof Tuple || key instanceof List) {
            throw new TemplateTypeError("unhashable type: 'list'");
        }
        return key instanceof String k ? getattr(obj, k) : Undefined.attribute(obj, key);
    }

    static Object slice(Object obj, Object start, Object stop, Object step) throws TemplateException {
        List<Object> items;
        if (obj instanceof String str) {
            items = Ops.iterate(str);
        } else if (obj instanceof List<?> l) {
            items = new ArrayList<>(l);
        } else {
            throw new TemplateTypeError("'" + PythonRepr.typeName(obj) + "' object is not subscriptable");
        }
        int n = items.size();
        long st = step == null ? 1 : Ops.toLong(step);
        if (st == 0) {
            throw new TemplateTypeError("slice step cannot be zero");
        }
        long a;
        long b;
        if (st > 0) {
            a = start == null ? 0 : clamp(Ops.toLong(start), n, 0, n);
            b = stop == null ? n : clamp(Ops.toLong(stop), n, 0, n);
        } else {
            a = start == null ? n - 1 : clamp(Ops.toLong(start), n, -1, n - 1);
            b = stop == null ? -1 : clamp(Ops.toLong(stop), n, -1, n - 1);
        }
        List<Object> out = new ArrayList<>();
        for (long i = a; st > 0 ? i < b : i > b; i += st) {
            out.add(items.get((int) i));
        }
        if (obj instanceof String) {
            StringBuilder sb = new StringBuilder();
            out.forEach(sb::append);
            return sb.toString();
        }
        return obj instanceof Tuple ? new Tuple(out) : out;
    }

    private static long clamp(long i, int n, long lo, long hi) {
        if (i < 0) {
            i += n;
        }
        return Math.max(lo, Math.min(hi, i));
    }
}
