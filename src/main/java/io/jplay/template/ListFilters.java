package io.jplay.template;

import io.jplay.python.PyInt;
import io.jplay.python.PyRandom;
import io.jplay.yaml.Unsafe;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Filters over sequences: Jinja2's list filters and Ansible's set theory and itertools ones. */
final class ListFilters {
    private ListFilters() {
    }

    static void register(Library lib) {
        Library.Fn length = ListFilters::length;
        lib.filter("length", length);
        lib.filter("count", length);
        lib.filter("first", c -> {
            List<Object> l = Ops.iterate(c.value());
            return l.isEmpty() ? new Undefined("No first item, sequence was empty.") : l.get(0);
        });
        lib.filter("last", c -> {
            Ops.defined(c.value());
            if (!(c.value() instanceof String || c.value() instanceof List || c.value() instanceof Map)) {
                throw new TemplateTypeError("'" + PythonRepr.typeName(c.value()) + "' object is not reversible");
            }
            List<Object> l = Ops.iterate(c.value());
            return l.isEmpty() ? new Undefined("No last item, sequence was empty.") : l.get(l.size() - 1);
        });
        lib.filter("min", c -> extreme(c, false));
        lib.filter("max", c -> extreme(c, true));
        lib.filter("sum", c -> {
            Object total = c.arg(1, "start", 0L);
            String attr = c.string(0, "attribute", null);
            for (Object o : Ops.iterate(c.value())) {
                total = Ops.binary("+", total, attr == null ? o : Sorting.key(o, attr, true));
            }
            return total;
        });
        lib.filter("join", c -> {
            StringBuilder sb = new StringBuilder();
            String sep = c.string(0, "d", "");
            String attr = c.string(1, "attribute", null);
            boolean first = true;
            for (Object o : Ops.iterate(c.value())) {
                sb.append(first ? "" : sep).append(PythonRepr.str(attr == null ? o : Sorting.key(o, attr, true)));
                first = false;
            }
            return sb.toString();
        });
        lib.filter("list", c -> Ops.iterate(c.value()));
        lib.filter("unique", ListFilters::unique);
        lib.filter("sort", c -> {
            List<Object> l = Ops.iterate(c.value());
            l.sort(Sorting.comparator(c.string(2, "attribute", null), c.bool(1, "case_sensitive", false),
                    c.bool(0, "reverse", false)));
            return l;
        });
        lib.filter("reverse", c -> {
            if (c.value() instanceof String s) {
                return new StringBuilder(s).reverse().toString();
            }
            List<Object> l = Ops.iterate(c.value());
            Collections.reverse(l);
            return l;
        });
        lib.filter("flatten", c -> {
            List<Object> out = new ArrayList<>();
            Object levels = c.arg(0, "levels", null);
            flatten(Ops.iterate(c.value()), levels == null ? -1 : Ops.toLong(levels), c.bool(1, "skip_nulls", true), out);
            return out;
        });
        lib.filter("union", c -> {
            Object value = Ops.defined(c.value());
            Object other = c.arg(0, null, List.of());
            boolean sequence = value instanceof java.util.Collection || value instanceof String || value instanceof Map;
            if (!sequence && other instanceof List) {
                throw Ops.unsupported("+", value, other); // Ansible adds an unhashable list to the value
            }
            return unique(concat(c.value(), other));
        });
        lib.filter("intersect", c -> {
            List<Object> b = Ops.iterate(c.arg(0, null, List.of()));
            List<Object> out = new ArrayList<>();
            for (Object o : unique(Ops.iterate(c.value()))) {
                if (Ops.contains(b, o)) {
                    out.add(o);
                }
            }
            return out;
        });
        lib.filter("difference", c -> {
            List<Object> b = Ops.iterate(c.arg(0, null, List.of()));
            List<Object> out = new ArrayList<>();
            for (Object o : unique(Ops.iterate(c.value()))) {
                if (!Ops.contains(b, o)) {
                    out.add(o);
                }
            }
            return out;
        });
        lib.filter("symmetric_difference", c -> {
            List<Object> a = Ops.iterate(c.value());
            List<Object> b = Ops.iterate(c.arg(0, null, List.of()));
            List<Object> out = new ArrayList<>();
            for (Object o : unique(concat(a, b))) {
                if (!(Ops.contains(a, o) && Ops.contains(b, o))) {
                    out.add(o);
                }
            }
            return out;
        });
        lib.filter("zip", c -> zip(c, false));
        lib.filter("zip_longest", c -> zip(c, true));
        lib.filter("product", c -> {
            List<List<Object>> lists = new ArrayList<>();
            lists.add(Ops.iterate(c.value()));
            for (Object a : c.args()) {
                lists.add(Ops.iterate(a));
            }
            long repeat = c.integer(-1, "repeat", 1);
            if (repeat < 0) {
                throw new TemplateException("repeat argument cannot be negative");
            }
            List<List<Object>> repeated = new ArrayList<>();
            for (long i = 0; i < repeat; i++) {
                repeated.addAll(lists);
            }
            List<Object> out = new ArrayList<>();
            product(repeated, 0, new ArrayList<>(), out);
            return out;
        });
        lib.filter("permutations", c -> {
            List<Object> items = Ops.iterate(c.value());
            Object r = c.arg(0, "r", null);
            int n = r == null ? items.size() : itertoolsR(r, "Expected int as r");
            List<Object> out = new ArrayList<>();
            permutations(items, n, new ArrayList<>(), new boolean[items.size()], out);
            return out;
        });
        lib.filter("combinations", c -> {
            List<Object> items = Ops.iterate(c.value());
            List<Object> out = new ArrayList<>();
            combinations(items, itertoolsR(c.arg(0, "r", 0L), "'" + PythonRepr.typeName(c.arg(0, "r", 0L))
                    + "' object cannot be interpreted as an integer"), 0, new ArrayList<>(), out);
            return out;
        });
        lib.filter("batch", c -> {
            // Jinja2's do_batch: a batch is handed out when it holds linecount items, checked before each add
            List<Object> out = new ArrayList<>();
            long size = c.integer(0, "linecount", 1);
            Object fill = c.arg(1, "fill_with", null);
            List<Object> chunk = new ArrayList<>();
            for (Object item : Ops.iterate(c.value())) {
                if (chunk.size() == size) {
                    out.add(chunk);
                    chunk = new ArrayList<>();
                }
                chunk.add(item);
            }
            if (!chunk.isEmpty()) {
                while (fill != null && chunk.size() < size) {
                    chunk.add(fill);
                }
                out.add(chunk);
            }
            return out;
        });
        lib.filter("slice", c -> {
            List<Object> items = Ops.iterate(c.value());
            int slices = (int) c.integer(0, "slices", 1);
            Object fill = c.arg(1, "fill_with", null);
            int per = items.size() / slices;
            int extra = items.size() % slices;
            List<Object> out = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < slices; i++) {
                int start = offset + i * per;
                if (i < extra) {
                    offset++;
                }
                int end = offset + (i + 1) * per;
                List<Object> chunk = new ArrayList<>(items.subList(start, end));
                if (fill != null && i >= extra) {
                    chunk.add(fill);
                }
                out.add(chunk);
            }
            return out;
        });
        lib.filter("groupby", ListFilters::groupby);
        lib.filter("shuffle", c -> {
            if (!(c.value() instanceof java.util.Collection || c.value() instanceof String || c.value() instanceof Map)) {
                return c.value(); // Ansible's randomize_list returns what it cannot list unchanged
            }
            List<Object> l = Ops.iterate(c.value());
            Object seed = c.arg(0, "seed", null);
            random(Ops.truthy(seed) ? seed : null).shuffle(l);
            return l;
        });
        lib.filter("random", ListFilters::random);
    }

    /**
     * Ansible's {@code unique}: Jinja2's (keys by {@code attribute}, case-insensitive unless
     * {@code case_sensitive}) kept in a set, so an unhashable key fails it; then Ansible falls back to its
     * own (plain, case-sensitive membership) unless {@code case_sensitive=False} or an attribute was given.
     */
    private static final String UNIQUE_FAILED = "Jinja2's unique filter failed and we cannot fall back to Ansible's "
            + "version as it does not support the parameters supplied. ";

    private static Object unique(Call c) throws TemplateException {
        Object cs = c.arg(0, "case_sensitive", null);
        String attr = c.string(1, "attribute", null);
        List<Object> items = Ops.iterate(c.value());
        List<Object> out = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        for (Object o : items) {
            Object k = Sorting.key(o, attr, Ops.truthy(cs));
            if (k instanceof Undefined u) {
                throw new TemplateException(UNIQUE_FAILED + u.message());
            }
            String unhashable = unhashable(k);
            if (unhashable != null) {
                if (Boolean.FALSE.equals(cs) || attr != null && !attr.isEmpty()) {
                    throw new TemplateException(UNIQUE_FAILED + "unhashable type: '" + unhashable + "'");
                }
                out.clear();
                for (Object x : items) {
                    if (!Ops.contains(out, x)) {
                        out.add(x);
                    }
                }
                return out;
            }
            if (!Ops.contains(seen, k)) {
                seen.add(k);
                out.add(o);
            }
        }
        return out;
    }

    /** The type name of what Python cannot hash in {@code v} (a list, dict or set, or a tuple holding one), or null. */
    private static String unhashable(Object v) {
        if (v instanceof Tuple t) {
            for (Object x : t) {
                String u = unhashable(x);
                if (u != null) {
                    return u;
                }
            }
            return null;
        }
        return v instanceof List || v instanceof Map || v instanceof java.util.Set ? PythonRepr.typeName(v) : null;
    }

    /** Python's {@code Random(seed)}, or an unseeded one; a seed Python refuses fails with its words. */
    private static PyRandom random(Object seed) throws TemplateException {
        try {
            return seed == null ? PyRandom.unseeded() : PyRandom.seeded(LazyVars.unwrap(seed));
        } catch (IllegalArgumentException e) {
            throw new TemplateTypeError(e.getMessage());
        }
    }

    /** Python's {@code operator.index}: an int, or its {@code TypeError}. */
    private static BigInteger index(Object v) throws TemplateTypeError {
        if (!Ops.isInt(v)) {
            throw new TemplateTypeError("'" + PythonRepr.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return PyInt.big(Ops.intValue(v));
    }

    /**
     * A {@code start} or {@code step} of {@code randrange} as the controller's Python 3.11 takes it: an int,
     * or a value {@code int()} turns into an equal number (5.0, deprecated there but accepted); any other
     * value fails with {@code int()}'s own error or {@code non-integer <what> for randrange()}.
     */
    private static BigInteger randrangeArgument(Object v, String what) throws TemplateException {
        Object value = LazyVars.unwrap(v);
        if (Ops.isInt(value)) {
            return PyInt.big(Ops.intValue(value));
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                throw TemplateException.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw new TemplateException("cannot convert float infinity to integer");
            }
            if (d != Math.rint(d)) {
                throw TemplateException.valueError("non-integer " + what + " for randrange()");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        if (value instanceof String s) {
            try {
                PyInt.parse(s);
            } catch (NumberFormatException e) {
                throw TemplateException.valueError(e.getMessage());
            }
            throw TemplateException.valueError("non-integer " + what + " for randrange()");
        }
        throw new TemplateTypeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + PythonRepr.typeName(value) + "'");
    }

    /** Ansible's {@code random(end, start=None, step=None, seed=None)}: {@code randrange} for an int, {@code choice} for a sequence. */
    private static Object random(Call c) throws TemplateException {
        PyRandom r = random(c.arg(2, "seed", null));
        Object start = c.arg(0, "start", null);
        Object step = c.arg(1, "step", null);
        Object v = c.value() instanceof Unsafe u ? u.value() : c.value();
        if (Ops.isInt(v)) {
            try {
                BigInteger from = Ops.truthy(start) ? randrangeArgument(start, "arg 1") : BigInteger.ZERO;
                return PyInt.of(r.randrange(from, index(v),
                        Ops.truthy(step) ? randrangeArgument(step, "step") : BigInteger.ONE));
            } catch (IllegalArgumentException e) {
                throw new TemplateException(e.getMessage(), e);
            }
        }
        if (!(v instanceof String || v instanceof List || v instanceof Map || v instanceof java.util.Set)) {
            throw new TemplateException("random can only be used on sequences and integers");
        }
        if (Ops.truthy(start) || Ops.truthy(step)) {
            throw new TemplateException("start and step can only be used with integer values");
        }
        try {
            return r.choice(Ops.iterate(v));
        } catch (IndexOutOfBoundsException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    private static Object extreme(Call c, boolean max) throws TemplateException {
        List<Object> l = Ops.iterate(c.value());
        if (l.isEmpty()) {
            return new Undefined("No aggregated item, sequence was empty.");
        }
        l.sort(Sorting.comparator(c.string(-1, "attribute", null), c.bool(-1, "case_sensitive", false), max));
        return l.get(0);
    }

    static List<Object> concat(Object a, Object b) throws TemplateException {
        List<Object> out = Ops.iterate(a);
        out.addAll(Ops.iterate(b));
        return out;
    }

    static List<Object> unique(List<Object> items) throws TemplateException {
        List<Object> out = new ArrayList<>();
        for (Object o : items) {
            if (!Ops.contains(out, o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static void flatten(List<Object> items, long levels, boolean skipNulls, List<Object> out) {
        for (Object o : items) {
            if (o instanceof List<?> l && levels != 0) {
                flatten(new ArrayList<>(l), levels - 1, skipNulls, out);
            } else if (!(skipNulls && (o == null || "None".equals(o)))) {
                out.add(o);
            }
        }
    }

    private static Object zip(Call c, boolean longest) throws TemplateException {
        List<List<Object>> lists = new ArrayList<>();
        lists.add(Ops.iterate(c.value()));
        for (Object a : c.args()) {
            lists.add(Ops.iterate(a));
        }
        int n = lists.stream().mapToInt(l -> l.size()).reduce(longest ? 0 : Integer.MAX_VALUE,
                longest ? Math::max : Math::min);
        Object fill = c.kwargs().get("fillvalue");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>();
            for (List<Object> l : lists) {
                row.add(i < l.size() ? l.get(i) : fill);
            }
            out.add(new Tuple(row));
        }
        return out;
    }

    /** Python's {@code len()}: strings, mappings and collections have one, nothing else does. */
    private static Object length(Call c) throws TemplateException {
        Object v = c.value();
        Ops.defined(v);
        if (v instanceof String s) {
            return (long) s.codePointCount(0, s.length());
        }
        if (v instanceof Map<?, ?> m) {
            return (long) m.size();
        }
        if (v instanceof java.util.Collection<?> items) {
            return (long) items.size();
        }
        throw new TemplateTypeError("object of type '" + PythonRepr.typeName(v) + "' has no len()");
    }

    /** The {@code r} of itertools' permutations and combinations: a non-negative int. */
    private static int itertoolsR(Object r, String notInt) throws TemplateException {
        if (!Ops.isInt(r)) {
            throw new TemplateTypeError(notInt);
        }
        long n = Ops.toLong(r);
        if (n < 0) {
            throw new TemplateException("r must be non-negative");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static void product(List<List<Object>> lists, int i, List<Object> cur, List<Object> out) {
        if (i == lists.size()) {
            out.add(new Tuple(new ArrayList<>(cur)));
            return;
        }
        for (Object o : lists.get(i)) {
            cur.add(o);
            product(lists, i + 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    private static void permutations(List<Object> items, int r, List<Object> cur, boolean[] used, List<Object> out) {
        if (cur.size() == r) {
            out.add(new Tuple(new ArrayList<>(cur)));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                cur.add(items.get(i));
                permutations(items, r, cur, used, out);
                cur.remove(cur.size() - 1);
                used[i] = false;
            }
        }
    }

    private static void combinations(List<Object> items, int r, int start, List<Object> cur, List<Object> out) {
        if (cur.size() == r) {
            out.add(new Tuple(new ArrayList<>(cur)));
            return;
        }
        for (int i = start; i < items.size(); i++) {
            cur.add(items.get(i));
            combinations(items, r, i + 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    /**
     * Jinja2's {@code groupby(attribute, default=None, case_sensitive=False)}: sorted by the key (lower-cased unless
     * case-sensitive; {@code default} where an item lacks the attribute), adjacent equal keys grouped, each group
     * named by the real key of its first item.
     */
    private static Object groupby(Call c) throws TemplateException {
        String attr = c.string(0, "attribute", null);
        Object fallback = c.arg(1, "default", null);
        boolean caseSensitive = c.bool(2, "case_sensitive", false);
        List<Object> items = Ops.iterate(c.value());
        List<Object[]> keyed = new ArrayList<>();
        for (Object o : items) {
            Object real = Sorting.key(o, attr, true);
            real = real instanceof Undefined && fallback != null ? fallback : Ops.defined(real);
            keyed.add(new Object[] {!caseSensitive && real instanceof String s ? s.toLowerCase() : real, real, o});
        }
        try {
            keyed.sort((a, b) -> {
                try {
                    return Ops.compare(a[0], b[0], "<");
                } catch (TemplateException e) {
                    throw new Sorting.Failure(e);
                }
            });
        } catch (Sorting.Failure e) {
            throw e.getCause();
        }
        List<Object> out = new ArrayList<>();
        List<Object> group = null;
        Object groupKey = null;
        for (Object[] k : keyed) {
            if (group == null || !Ops.equal(groupKey, k[0])) {
                group = new ArrayList<>();
                groupKey = k[0];
                out.add(new Tuple(Arrays.asList(k[1], group)));
            }
            group.add(k[2]);
        }
        return out;
    }
}
