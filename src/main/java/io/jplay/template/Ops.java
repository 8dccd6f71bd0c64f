package io.jplay.template;

import io.jplay.python.PyInt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Python's operators and truthiness on plain Java values (Long, Double, String, List, Map). */
final class Ops {
    private Ops() {
    }

    static Object defined(Object v) throws TemplateException {
        if (v instanceof Undefined u) {
            throw u.error();
        }
        return v;
    }

    static boolean truthy(Object v) throws TemplateException {
        if (v instanceof Undefined u) {
            throw u.error();
        }
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0.0;
        }
        if (v instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** A Python int: bool, Java's integral types and {@code BigInteger} (beyond long). */
    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || PyInt.isInt(v);
    }

    static boolean isNumber(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    /** An int's value in its canonical form ({@code Long}, or {@code BigInteger} beyond long). */
    static Number intValue(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        return v instanceof Boolean b ? (Number) (b ? 1L : 0L) : PyInt.of((Number) v);
    }

    /** An int used as a count or index: {@code long}, saturated beyond (no list is that long). */
    static long toLong(Object v) {
        if (v instanceof java.math.BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue();
    }

    /** Python's {@code float(v)} of a number ({@link ArithmeticException} for an int beyond float). */
    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        return v instanceof Boolean b ? (b ? 1 : 0) : PyInt.toDouble((Number) v);
    }

    static TemplateTypeError unsupported(String op, Object a, Object b) {
        return new TemplateTypeError("unsupported operand type(s) for " + op + ": '" + PythonRepr.typeName(a)
                + "' and '" + PythonRepr.typeName(b) + "'");
    }

    /** Python's exception for arithmetic it refuses ({@code ZeroDivisionError}, {@code OverflowError}), as Ansible reports it. */
    static TemplateException arithmetic(ArithmeticException e) {
        String msg = e.getMessage() == null || e.getMessage().equals("/ by zero")
                ? "integer division or modulo by zero" : e.getMessage();
        String type = msg.contains("zero") || msg.contains("negative power") ? "ZeroDivisionError"
                : msg.startsWith("cannot convert float NaN") ? "ValueError" : "OverflowError";
        return TemplateException.pythonException(type + ": " + msg, "Traceback (most recent call last):\n"
                + "  File \"<template>\", line 1, in top-level template code\n" + type + ": " + msg + "\n");
    }

    static Object binary(String op, Object a, Object b) throws TemplateException {
        if (op.equals("~")) {
            return concat(a, b);
        }
        defined(a);
        defined(b);
        try {
            return arithmetic(op, a, b);
        } catch (ArithmeticException e) {
            throw arithmetic(e);
        }
    }

    private static Object arithmetic(String op, Object a, Object b) throws TemplateException {
        switch (op) {
            case "+":
                if (isNumber(a) && isNumber(b)) {
                    return isInt(a) && isInt(b) ? PyInt.add(intValue(a), intValue(b)) : (Object) (toDouble(a) + toDouble(b));
                }
                if (a instanceof String x && b instanceof String y) {
                    return x + y;
                }
                if (a instanceof String && !(b instanceof String)) {
                    throw new TemplateTypeError("can only concatenate str (not \"" + PythonRepr.typeName(b) + "\") to str");
                }
                if (a instanceof List<?> x && b instanceof List<?> y && (a instanceof Tuple) == (b instanceof Tuple)) {
                    List<Object> r = new ArrayList<>(x);
                    r.addAll(y);
                    return a instanceof Tuple ? new Tuple(r) : r;
                }
                if (a instanceof List && !(a instanceof Tuple)) {
                    throw new TemplateTypeError("can only concatenate list (not \"" + PythonRepr.typeName(b) + "\") to list");
                }
                throw unsupported("+", a, b);
            case "-":
                if (a instanceof PyDateTime x && b instanceof PyDateTime y) {
                    return new PyDateTime.Delta(java.time.Duration.between(y.t(), x.t()));
                }
                if (isNumber(a) && isNumber(b)) {
                    return isInt(a) && isInt(b) ? PyInt.subtract(intValue(a), intValue(b)) : (Object) (toDouble(a) - toDouble(b));
                }
                throw unsupported("-", a, b);
            case "*":
                if (isNumber(a) && isNumber(b)) {
                    return isInt(a) && isInt(b) ? PyInt.multiply(intValue(a), intValue(b)) : (Object) (toDouble(a) * toDouble(b));
                }
                if (isInt(b) && (a instanceof String || a instanceof List)) {
                    return repeat(a, toLong(b));
                }
                if (isInt(a) && (b instanceof String || b instanceof List)) {
                    return repeat(b, toLong(a));
                }
                throw unsupported("*", a, b);
            case "/":
                if (isNumber(a) && isNumber(b)) {
                    if (isInt(a) && isInt(b)) {
                        return PyInt.trueDivide(intValue(a), intValue(b));
                    }
                    if (toDouble(b) == 0) {
                        throw new ArithmeticException("float division by zero");
                    }
                    return toDouble(a) / toDouble(b);
                }
                throw unsupported("/", a, b);
            case "//":
                if (isNumber(a) && isNumber(b)) {
                    if (isInt(a) && isInt(b)) {
                        return PyInt.floorDiv(intValue(a), intValue(b));
                    }
                    if (toDouble(b) == 0) {
                        throw new ArithmeticException("float floor division by zero");
                    }
                    return Math.floor(toDouble(a) / toDouble(b));
                }
                throw unsupported("//", a, b);
            case "%":
                if (a instanceof String s) {
                    return PyFormat.percent(s, b);
                }
                if (isNumber(a) && isNumber(b)) {
                    if (isInt(a) && isInt(b)) {
                        return PyInt.floorMod(intValue(a), intValue(b));
                    }
                    double x = toDouble(a);
                    double y = toDouble(b);
                    if (y == 0) {
                        throw new ArithmeticException("float modulo");
                    }
                    double m = x % y;
                    return m != 0 && (m < 0) != (y < 0) ? m + y : m;
                }
                throw unsupported("%", a, b);
            case "**":
                if (isNumber(a) && isNumber(b)) {
                    return isInt(a) && isInt(b) ? PyInt.pow(intValue(a), intValue(b)) : floatPow(toDouble(a), toDouble(b));
                }
                throw unsupported("** or pow()", a, b);
            default:
                throw new TemplateException("unknown operator " + op);
        }
    }

    /** Jinja2's {@code ~}: both sides as text; a lenient undefined is empty text. */
    private static String concat(Object a, Object b) throws TemplateException {
        if (!(a instanceof Undefined u && u.lenient())) {
            defined(a);
        }
        if (!(b instanceof Undefined u && u.lenient())) {
            defined(b);
        }
        return PythonRepr.str(a) + PythonRepr.str(b);
    }

    /** Python's float {@code **}: zero to a negative power and results past the float range are errors. */
    private static double floatPow(double x, double y) {
        if (x == 0 && y < 0) {
            throw new ArithmeticException("0.0 cannot be raised to a negative power");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw new ArithmeticException("(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static Object repeat(Object seq, long times) {
        if (seq instanceof String s) {
            return times <= 0 ? "" : s.repeat((int) times);
        }
        List<Object> r = new ArrayList<>();
        for (long i = 0; i < times; i++) {
            r.addAll((List<?>) seq);
        }
        return r;
    }

    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size() || (a instanceof Tuple) != (b instanceof Tuple)) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    static int compare(Object a, Object b, String op) throws TemplateException {
        if (isNumber(a) && isNumber(b)) {
            int c = compareNumbers(a, b);
            return c == 2 ? 1 : c;
        }
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext() && j.hasNext()) {
                Object p = i.next();
                Object q = j.next();
                if (!equal(p, q)) {
                    return compare(p, q, op);
                }
            }
            return Boolean.compare(i.hasNext(), j.hasNext());
        }
        if (a instanceof PyDateTime x && b instanceof PyDateTime y) {
            return Integer.signum(x.t().compareTo(y.t()));
        }
        if (a instanceof PyDateTime.Delta x && b instanceof PyDateTime.Delta y) {
            return Integer.signum(x.d().compareTo(y.d()));
        }
        throw new TemplateTypeError("'" + op + "' not supported between instances of '" + PythonRepr.typeName(a)
                + "' and '" + PythonRepr.typeName(b) + "'");
    }

    /** Python's exact ordering of two numbers: -1, 0, 1, or 2 when either is {@code nan} (unordered). */
    static int compareNumbers(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        boolean intA = isInt(a);
        boolean intB = isInt(b);
        if (intA && intB) {
            return PyInt.compare(intValue(a), intValue(b));
        }
        if (intA) {
            return PyInt.compareFloat(intValue(a), toDouble(b));
        }
        if (intB) {
            int c = PyInt.compareFloat(intValue(b), toDouble(a));
            return c == 2 ? 2 : -c;
        }
        double x = toDouble(a);
        double y = toDouble(b);
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    }

    static boolean compareOp(String op, Object a, Object b) throws TemplateException {
        defined(a);
        defined(b);
        if (op.charAt(0) == '<' || op.charAt(0) == '>') {
            if (isNumber(a) && isNumber(b) && compareNumbers(a, b) == 2) {
                return false; // nan is unordered
            }
        }
        return switch (op) {
            case "==" -> equal(a, b);
            case "!=" -> !equal(a, b);
            case "<" -> compare(a, b, op) < 0;
            case "<=" -> compare(a, b, op) <= 0;
            case ">" -> compare(a, b, op) > 0;
            case ">=" -> compare(a, b, op) >= 0;
            case "in" -> contains(b, a);
            case "notin" -> !contains(b, a);
            default -> throw new TemplateException("unknown operator " + op);
        };
    }

    static boolean contains(Object container, Object item) throws TemplateException {
        if (container instanceof String s) {
            if (!(item instanceof String x)) {
                throw new TemplateTypeError("'in <string>' requires string as left operand, not "
                        + PythonRepr.typeName(item));
            }
            return s.contains(x);
        }
        if (container instanceof Map<?, ?> m) {
            if (m.containsKey(item)) {
                return true;
            }
            for (Object k : m.keySet()) {
                if (equal(k, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Collection<?> c) {
            for (Object o : c) {
                if (equal(o, item)) {
                    return true;
                }
            }
            return false;
        }
        throw new TemplateTypeError("argument of type '" + PythonRepr.typeName(container) + "' is not iterable");
    }

    /** Python iteration: lists, map keys, string characters. */
    static List<Object> iterate(Object v) throws TemplateException {
        defined(v);
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (v instanceof Map<?, ?> m) {
            return new ArrayList<>(m.keySet());
        }
        if (v instanceof String s) {
            List<Object> r = new ArrayList<>();
            s.codePoints().forEach(cp -> r.add(new String(Character.toChars(cp))));
            return r;
        }
        throw new TemplateTypeError("'" + PythonRepr.typeName(v) + "' object is not iterable");
    }
}
