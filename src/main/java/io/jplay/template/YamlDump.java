package io.jplay.template;

import io.jplay.python.PyFloat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** PyYAML's {@code yaml.dump} for plain data, as {@code to_yaml}/{@code to_nice_yaml} use it. */
final class YamlDump {
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)(yes|no|true|false|on|off|null|~|[-+]?[0-9][0-9_]*(\\.[0-9_]*([eE][-+][0-9]+)?)?|[-+]?\\.[0-9_]+|\\.inf|\\.nan|[-+]?0x[0-9a-f]+|[0-9:]+"
                    + "|[0-9]{4}-[0-9]{2}-[0-9]{2}"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
                    + "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)");
    private final int indent;
    private final boolean flowLeaves;
    private final boolean sortKeys;

    /**
     * PyYAML's dump options that jplay follows.
     *
     * @param flow {@code default_flow_style}: null writes innermost collections in flow style, true everything, false nothing
     */
    record Style(int indent, Boolean flow, boolean sortKeys, boolean explicitStart, boolean explicitEnd) {
    }

    private YamlDump(int indent, boolean flowLeaves, boolean sortKeys) {
        this.indent = indent;
        this.flowLeaves = flowLeaves;
        this.sortKeys = sortKeys;
    }

    static String dump(Object v, int indent, boolean flowLeaves) {
        return dump(v, new Style(indent, flowLeaves ? null : false, true, false, false));
    }

    static String dump(Object v, Style style) {
        StringBuilder sb = new StringBuilder();
        boolean flowLeaves = style.flow() == null;
        YamlDump d = new YamlDump(style.indent(), flowLeaves, style.sortKeys());
        boolean oneLine = !(v instanceof Map || v instanceof Collection) || isEmpty(v) || (flowLeaves && leaf(v))
                || Boolean.TRUE.equals(style.flow());
        if (style.explicitStart()) {
            sb.append(oneLine ? "--- " : "---\n");
        }
        if (oneLine) {
            sb.append(d.flow(v));
            sb.append('\n');
        } else {
            d.block(v, 0, sb);
        }
        if (style.explicitEnd()) {
            sb.append("...\n");
        }
        return sb.toString();
    }

    private static boolean isEmpty(Object v) {
        return v instanceof Map<?, ?> m ? m.isEmpty() : v instanceof Collection<?> c && c.isEmpty();
    }

    private static boolean leaf(Object v) {
        Collection<?> items = v instanceof Map<?, ?> m ? m.values() : (Collection<?>) v;
        for (Object o : items) {
            if (o instanceof Map || o instanceof Collection) {
                return false;
            }
        }
        return true;
    }

    private List<Map.Entry<?, ?>> sorted(Map<?, ?> m) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        if (!sortKeys) {
            return entries;
        }
        entries.sort((a, b) -> PythonRepr.str(a.getKey()).compareTo(PythonRepr.str(b.getKey())));
        return entries;
    }

    private void block(Object v, int level, StringBuilder sb) {
        String pad = " ".repeat(level);
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : sorted(m)) {
                sb.append(pad).append(scalar(e.getKey())).append(':');
                value(e.getValue(), level, sb, true);
            }
        } else {
            for (Object o : (Collection<?>) v) {
                if ((o instanceof Map || o instanceof Collection) && !isEmpty(o) && !(flowLeaves && leaf(o))) {
                    sb.append(pad).append('-').append(" ".repeat(Math.max(1, indent - 1)));
                    StringBuilder inner = new StringBuilder();
                    block(o, level + indent, inner);
                    sb.append(inner.substring(level + indent));
                } else {
                    sb.append(pad).append("- ").append(flow(o)).append('\n');
                }
            }
        }
    }

    private void value(Object v, int level, StringBuilder sb, boolean inMap) {
        if ((v instanceof Map || v instanceof Collection) && !isEmpty(v) && !(flowLeaves && leaf(v))) {
            sb.append('\n');
            block(v, v instanceof Map ? level + indent : level, sb);
        } else {
            sb.append(' ').append(flow(v)).append('\n');
        }
    }

    private String flow(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : sorted(m)) {
                sb.append(first ? "" : ", ").append(scalar(e.getKey())).append(": ").append(flow(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            boolean first = true;
            for (Object o : c) {
                sb.append(first ? "" : ", ").append(flow(o));
                first = false;
            }
            return sb.append(']').toString();
        }
        return scalar(v);
    }

    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.isNaN() ? ".nan" : d > 0 ? ".inf" : "-.inf";
            }
            // PyYAML's represent_float: an exponent without a dot gets one, so it reads back as a float
            String r = PyFloat.repr(d);
            return r.contains(".") || !r.contains("e") ? r : r.replace("e", ".0e");
        }
        if (v instanceof Number) {
            return v.toString();
        }
        String s = PythonRepr.str(v);
        if (s.isEmpty()) {
            return "''";
        }
        if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' || ch == 0x7f)) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
        }
        if (s.contains("\n")) {
            return "'" + s.replace("'", "''").replace("\n", "\n\n") + "'";
        }
        boolean plain = !SPECIAL.matcher(s).matches()
                && "-?[]{},&*!|>'\"%@`#:".indexOf(s.charAt(0)) < 0
                && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":")
                && !Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(s.length() - 1));
        if (s.startsWith("-") && s.length() > 1 && s.charAt(1) != ' ' && !SPECIAL.matcher(s).matches()) {
            plain = !s.contains(": ") && !s.contains(" #");
        }
        return plain ? s : "'" + s.replace("'", "''") + "'";
    }
}
