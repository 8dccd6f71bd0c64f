package io.jplay.template;

import io.jplay.python.PyUrl;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes, dates and URLs: human_readable, human_to_bytes, strftime, to_datetime, urlsplit. */
final class Misc {
    private static final String[] UNITS = {"Y", "Z", "E", "P", "T", "G", "M", "K", "B"};
    private static final Pattern HUMAN = Pattern.compile("^\\s*(\\d*\\.?\\d*)\\s*([A-Za-z]+)?\\s*$");

    private Misc() {
    }

    private static double limit(String unit) {
        int idx = "BKMGTPEZY".indexOf(unit);
        return Math.pow(1024, idx);
    }

    /** strftime's {@code second}: Python's {@code float(second)}, else Ansible's complaint. */
    private static double epoch(Object second) throws TemplateException {
        try {
            return second instanceof String s ? io.jplay.python.PyFloat.parse(s) : Ops.toDouble(Ops.defined(second));
        } catch (NumberFormatException | ClassCastException e) {
            throw new TemplateException("Invalid value for epoch value (" + PythonRepr.str(second) + ")", e);
        }
    }

    /** A unit longer than its prefix must name bytes ({@code KB}, {@code kbyte}) or, with isbits, bits ({@code Kb}). */
    private static boolean unitClassMatches(String unit, boolean bits) {
        return unit.length() < 2 || unit.toLowerCase().contains(bits ? "bit" : "byte")
                || unit.charAt(1) == (bits ? 'b' : 'B');
    }

    /** human_readable's size: only a number compares with the unit limits, as in Python. */
    private static double humanSize(Object v, String unit) throws TemplateException {
        if (Ops.isNumber(Ops.defined(v))) {
            return Ops.toDouble(v);
        }
        String problem = unit == null ? "'>=' not supported between instances of '" + PythonRepr.typeName(v) + "' and 'int'"
                : "unsupported operand type(s) for /: '" + PythonRepr.typeName(v) + "' and 'int'";
        throw new TemplateTypeError("human_readable() failed on bad input: " + problem);
    }

    static void register(Library lib) {
        lib.filter("human_readable", c -> {
            boolean bits = c.bool(0, "isbits", false);
            String unit = c.string(1, "unit", null);
            double size = humanSize(c.value(), unit);
            String base = bits ? "bits" : "Bytes";
            String suffix = "B";
            double lim = 1;
            for (String u : UNITS) {
                lim = limit(u);
                suffix = u;
                if ((unit == null && size >= lim) || (unit != null && unit.toUpperCase().charAt(0) == u.charAt(0))) {
                    break;
                }
            }
            String shown = lim != 1 ? suffix + base.charAt(0) : base;
            return String.format("%.2f %s", size / lim, shown);
        });
        lib.filter("human_to_bytes", c -> {
            Matcher m = HUMAN.matcher(PythonRepr.str(c.value()));
            if (!m.matches() || m.group(1).isEmpty()) {
                throw new TemplateException("human_to_bytes() can't interpret following string: "
                        + PythonRepr.str(c.value()));
            }
            double num = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? c.string(0, "default_unit", "B") : m.group(2);
            if (unit == null) {
                unit = "B";
            }
            double lim = limit(unit.substring(0, 1).toUpperCase());
            if (lim < 1 || !unitClassMatches(unit, c.bool(1, "isbits", false))) {
                throw new TemplateException("human_to_bytes() can't interpret following string: "
                        + PythonRepr.str(c.value()));
            }
            return Math.round(num * lim);
        });
        lib.filter("strftime", c -> {
            Object second = c.arg(0, "second", null);
            ZonedDateTime t = second == null ? ZonedDateTime.now()
                    : ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli((long) (epoch(second) * 1000)),
                    ZoneId.systemDefault());
            return PyDateTime.strftime(PythonRepr.str(c.value()), t);
        });
        lib.filter("to_datetime", c -> {
            if (!(Ops.defined(c.value()) instanceof String text)) {
                throw new TemplateTypeError("strptime() argument 1 must be str, not " + PythonRepr.typeName(c.value()));
            }
            return PyDateTime.parse(text, c.string(0, "format", "%Y-%m-%d %H:%M:%S"));
        });
        lib.filter("urlsplit", Misc::urlsplit);
    }

    /** Ansible's {@code urlsplit}: every attribute of Python's {@code urlsplit} result, or the one asked for. */
    private static Object urlsplit(Call c) throws TemplateException {
        Object v = LazyVars.unwrap(c.value());
        if (!(v instanceof String s)) {
            throw new TemplateException("'" + PythonRepr.typeName(v) + "' object has no attribute 'decode'");
        }
        Map<Object, Object> m = new LinkedHashMap<>();
        try {
            PyUrl u = PyUrl.split(s);
            m.put("fragment", u.fragment());
            m.put("hostname", u.hostname());
            m.put("netloc", u.netloc());
            m.put("password", u.password());
            m.put("path", u.path());
            m.put("port", u.port());
            m.put("query", u.query());
            m.put("scheme", u.scheme());
            m.put("username", u.username());
        } catch (IllegalArgumentException e) {
            throw TemplateException.valueError(e.getMessage());
        }
        String q = c.string(0, "query", "");
        if (!q.isEmpty()) {
            if (!m.containsKey(q)) {
                throw new TemplateException("urlsplit: unknown URL component: " + q);
            }
            return m.get(q);
        }
        return m;
    }

    static LocalDateTime now() {
        return LocalDateTime.now();
    }
}
