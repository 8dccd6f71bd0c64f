package io.jplay.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code pprint.pformat} (width 80, indent 1, dicts sorted), used by the {@code pprint}
 * filter: values whose repr fits stay on one line, longer dicts, lists and tuples break one item
 * per line, aligned under their opening bracket.
 */
final class PrettyPrint {
    private static final int WIDTH = 80;

    private PrettyPrint() {
    }

    static String format(Object value) {
        StringBuilder sb = new StringBuilder();
        format(value, sb, 0, 0);
        return sb.toString();
    }

    private static void format(Object v, StringBuilder out, int indent, int allowance) {
        Object sorted = sortDicts(v);
        String rep = PythonRepr.repr(sorted);
        if (rep.length() <= WIDTH - indent - allowance) {
            out.append(rep);
            return;
        }
        if (sorted instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('{');
            List<? extends Map.Entry<?, ?>> items = new ArrayList<>(m.entrySet());
            int inner = indent + 1;
            for (int i = 0; i < items.size(); i++) {
                boolean last = i == items.size() - 1;
                String key = PythonRepr.repr(items.get(i).getKey());
                out.append(key).append(": ");
                format(items.get(i).getValue(), out, inner + key.length() + 2, last ? allowance + 1 : 1);
                if (!last) {
                    out.append(",\n").append(" ".repeat(inner));
                }
            }
            out.append('}');
        } else if (sorted instanceof Tuple t && !t.isEmpty()) {
            items(t, out, indent, allowance + (t.size() == 1 ? 2 : 1), '(');
            out.append(t.size() == 1 ? ",)" : ")");
        } else if (sorted instanceof List<?> l && !l.isEmpty()) {
            items(l, out, indent, allowance + 1, '[');
            out.append(']');
        } else {
            out.append(rep);
        }
    }

    private static void items(Collection<?> c, StringBuilder out, int indent, int allowance, char open) {
        out.append(open);
        int inner = indent + 1;
        int i = 0;
        for (Object o : c) {
            boolean last = ++i == c.size();
            format(o, out, inner, last ? allowance : 1);
            if (!last) {
                out.append(",\n").append(" ".repeat(inner));
            }
        }
    }

    /** Dicts with their keys sorted, as pprint's {@code sort_dicts=True} (mixed key types by type name). */
    private static Object sortDicts(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            entries.sort((a, b) -> compareKeys(a.getKey(), b.getKey()));
            Map<Object, Object> out = new LinkedHashMap<>();
            entries.forEach(e -> out.put(e.getKey(), sortDicts(e.getValue())));
            return out;
        }
        if (v instanceof Tuple t) {
            List<Object> out = new ArrayList<>();
            t.forEach(o -> out.add(sortDicts(o)));
            return new Tuple(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(o -> out.add(sortDicts(o)));
            return out;
        }
        return v;
    }

    private static int compareKeys(Object a, Object b) {
        try {
            return Ops.compare(a, b, "<");
        } catch (TemplateException e) {
            return PythonRepr.typeName(a).compareTo(PythonRepr.typeName(b));
        }
    }
}
