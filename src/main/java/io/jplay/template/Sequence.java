package io.jplay.template;

import io.jplay.python.KvArgs;
import io.jplay.python.PyInt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sequence} lookup, as ansible-core's: each term is either the short form
 * {@code [start-]end[/stride][:format]} or {@code key=value} options ({@code start end count stride format});
 * numbers are read as Python's {@code int(x, 0)}; keyword arguments to the lookup are ignored.
 */
final class Sequence {
    private static final String NUM = "(0?x?[0-9a-f]+)";
    private static final Pattern SHORT = Pattern.compile(
            "^(" + NUM + "-)?" + NUM + "(/" + NUM + ")?(:(.+))?$", Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBERS = List.of("start", "end", "count", "stride");

    private long start = 1;
    private Long count;
    private Long end;
    private long stride = 1;
    private String format = "%d";

    private Sequence() {
    }

    static List<Object> run(Call c) throws TemplateException {
        List<Object> out = new ArrayList<>();
        for (Object t : c.args()) {
            Sequence s = new Sequence();
            s.parse(LazyVars.unwrap(t));
            s.check();
            if (s.stride != 0) {
                s.generate(out);
            }
        }
        return out;
    }

    private void parse(Object term) throws TemplateException {
        if (!(term instanceof String text)) {
            throw new TemplateException("unknown error parsing with_sequence arguments: " + PythonRepr.repr(term)
                    + ". Error was: expected string or bytes-like object, got '" + PythonRepr.typeName(term) + "'");
        }
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            if (m.group(2) != null) {
                start = number("start", m.group(2));
            }
            end = number("end", m.group(3));
            if (m.group(5) != null) {
                stride = number("stride", m.group(5));
            }
            if (m.group(7) != null) {
                format = m.group(7);
            }
            return;
        }
        Map<String, Object> kv;
        try {
            kv = new LinkedHashMap<>(KvArgs.parse(text, false));
        } catch (IllegalArgumentException e) {
            throw LookupFailure.of("ansible.errors.AnsibleParserError", e.getMessage());
        }
        for (String name : NUMBERS) {
            Object raw = kv.remove(name);
            if (raw != null) {
                long v = number(name, PythonRepr.str(raw));
                switch (name) {
                    case "start" -> start = v;
                    case "end" -> end = v;
                    case "count" -> count = v;
                    default -> stride = v;
                }
            }
        }
        if (kv.containsKey("format")) {
            format = PythonRepr.str(kv.remove("format"));
        }
        if (!kv.isEmpty()) {
            throw new TemplateException("unrecognized arguments to with_sequence: "
                    + PythonRepr.repr(new ArrayList<Object>(kv.keySet())));
        }
    }

    private static long number(String name, String raw) throws TemplateException {
        try {
            return PyInt.parse(raw, 0).longValue();
        } catch (NumberFormatException e) {
            throw new TemplateException("can't parse " + name + "=" + raw + " as integer");
        }
    }

    private void check() throws TemplateException {
        if (count == null && end == null) {
            throw new TemplateException("must specify count or end in with_sequence");
        } else if (count != null && end != null) {
            throw new TemplateException("can't specify both count and end in with_sequence");
        } else if (count != null) {
            if (count != 0) {
                end = start + count * stride - 1;
            } else {
                start = 0;
                end = 0L;
                stride = 0;
            }
        }
        if (stride > 0 && end < start) {
            throw new TemplateException("to count backwards make stride negative");
        }
        if (stride < 0 && end > start) {
            throw new TemplateException("to count forward don't make stride negative");
        }
        if (format.chars().filter(ch -> ch == '%').count() != 1) {
            throw new TemplateException("bad formatting string: " + format);
        }
    }

    /** Python's {@code range(start, end + adjust, stride)}, each number through the format. */
    private void generate(List<Object> out) throws TemplateException {
        long stop = end + (stride >= 0 ? 1 : -1);
        for (long i = start; stride > 0 ? i < stop : i > stop; i += stride) {
            try {
                out.add(PyFormat.percent(format, i));
            } catch (TemplateException e) {
                throw new TemplateException("problem formatting " + i + " with " + PythonRepr.repr(format));
            }
        }
    }
}
