package io.jplay.template;

import io.jplay.template.Expr.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code ast.literal_eval} as Ansible applies it to rendered text that looks like a list,
 * dict or bool ({@code true/false/null} are accepted as JSON names).
 */
final class LiteralEval {
    private static final Object FAIL = new Object();

    private LiteralEval() {
    }

    /** The literal value of {@code text}, or {@code text} itself when it is not a literal. */
    static Object maybe(String text) {
        if (!(text.startsWith("{") || text.startsWith("[") || text.equals("True") || text.equals("False"))) {
            return text;
        }
        try {
            Object v = value(ExprParser.parse(text));
            return v == FAIL ? text : v;
        } catch (TemplateException | RuntimeException e) {
            return text;
        }
    }

    private static Object value(Expr e) {
        if (e instanceof Const c) {
            return c.value();
        }
        if (e instanceof Name n) {
            return switch (n.name()) {
                case "null" -> null;
                default -> FAIL;
            };
        }
        if (e instanceof Unary u && u.operand() instanceof Const c && c.value() instanceof Number num) {
            if (u.op().equals("+")) {
                return num;
            }
            return num instanceof Double d ? (Object) (-d) : (Object) (-num.longValue());
        }
        if (e instanceof ListLit || e instanceof TupleLit) {
            List<Expr> items = e instanceof ListLit l ? l.items() : ((TupleLit) e).items();
            List<Object> out = new ArrayList<>(items.size());
            for (Expr x : items) {
                Object v = value(x);
                if (v == FAIL) {
                    return FAIL;
                }
                out.add(v);
            }
            return out;
        }
        if (e instanceof DictLit d) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < d.keys().size(); i++) {
                Object k = value(d.keys().get(i));
                Object v = value(d.values().get(i));
                if (k == FAIL || v == FAIL || k instanceof List || k instanceof Map) {
                    return FAIL;
                }
                out.put(k, v);
            }
            return out;
        }
        return FAIL;
    }
}
