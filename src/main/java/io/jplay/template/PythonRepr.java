package io.jplay.template;

import io.jplay.python.PyFloat;
import io.jplay.yaml.Unsafe;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code str()} and {@code repr()} of plain values: {@code None}, {@code True},
 * {@code 1.0}, {@code ['a', 'b']}, {@code {'k': 'v'}}. Ansible renders values inside text this way.
 */
public final class PythonRepr {
    private PythonRepr() {
    }

    /** Python's {@code str(value)}: strings as they are, everything else as {@link #repr}. */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Undefined u && u.lenient()) {
            return "";
        }
        if (value instanceof Unsafe u) {
            return str(u.value());
        }
        if (value instanceof PyDate || value instanceof PyDateTime) {
            return value.toString();
        }
        return repr(value);
    }

    /** Python's {@code repr(value)}. */
    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder();
        repr(sb, value);
        return sb.toString();
    }

    private static void repr(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Double || v instanceof Float) {
            sb.append(PyFloat.str(((Number) v).doubleValue()));
        } else if (v instanceof Number n) {
            sb.append(n);
        } else if (v instanceof CharSequence s) {
            io.jplay.python.PyRepr.quote(sb, s.toString());
        } else if (v instanceof Unsafe u) {
            repr(sb, u.value());
        } else if (v instanceof DictView d) {
            sb.append(d.kind).append("([");
            items(sb, d);
            sb.append("])");
        } else if (v instanceof Tuple t) {
            sb.append('(');
            items(sb, t);
            sb.append(t.size() == 1 ? ",)" : ")");
        } else if (v instanceof Set<?> set) {
            if (set.isEmpty()) {
                sb.append("set()");
            } else {
                sb.append('{');
                items(sb, set);
                sb.append('}');
            }
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            items(sb, c);
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                repr(sb, e.getKey());
                sb.append(": ");
                repr(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Undefined u && u.lenient()) {
            sb.append("Undefined");
        } else if (v instanceof PyCallable) {
            sb.append("<built-in method>");
        } else if (v instanceof PyDateTime t) {
            sb.append(t.repr());
        } else if (v instanceof PyDate d) {
            sb.append(d.repr());
        } else {
            sb.append(v);
        }
    }

    private static void items(StringBuilder sb, Collection<?> c) {
        Iterator<?> it = c.iterator();
        while (it.hasNext()) {
            repr(sb, it.next());
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
    }

    /** Python's type name, as {@code type(x).__name__} ({@code str}, {@code dict}, {@code NoneType}). */
    public static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Unsafe u) {
            return u.value() instanceof String ? "AnsibleUnsafeText" : typeName(u.value());
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float";
        }
        if (v instanceof Number) {
            return "int";
        }
        if (v instanceof CharSequence) {
            return "str";
        }
        if (v instanceof DictView d) {
            return d.kind;
        }
        if (v instanceof PythonClass c) {
            return c.pythonClass().substring(c.pythonClass().lastIndexOf('.') + 1);
        }
        if (v instanceof PyType) {
            return "type";
        }
        if (v instanceof Tuple) {
            return "tuple";
        }
        if (v instanceof PyDateTime) {
            return "datetime";
        }
        if (v instanceof PyDate) {
            return "date";
        }
        if (v instanceof PyDateTime.Delta) {
            return "timedelta";
        }
        if (v instanceof Set) {
            return "set";
        }
        if (v instanceof List || v instanceof Collection) {
            return "list";
        }
        if (v instanceof Map) {
            return "dict";
        }
        if (v instanceof PyCallable) {
            return "builtin_function_or_method";
        }
        return v.getClass().getSimpleName();
    }

    /** Jinja2's {@code object_type_repr}: {@code 'dict object'}, {@code 'None'}. */
    static String objectTypeRepr(Object owner) {
        if (owner == null) {
            return "'None'";
        }
        // Jinja2 names a class outside Python's builtins with its module
        return "'" + (owner instanceof PythonClass c ? c.pythonClass() : typeName(owner)) + " object'";
    }
}
