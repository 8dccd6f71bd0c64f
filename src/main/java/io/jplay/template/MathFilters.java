package io.jplay.template;

/** Ansible's mathstuff filters {@code log}, {@code pow} and {@code root}, with Python's {@code math}. */
final class MathFilters {
    private MathFilters() {
    }

    static void register(Library lib) {
        lib.filter("log", c -> {
            double x = number(c.value(), "log");
            Object base = c.arg(0, "base", null);
            if (base == null) {
                return domain(Math.log(x), x > 0);
            }
            double b = number(base, "log");
            if (b == 10) {
                return domain(Math.log10(x), x > 0);
            }
            if (x <= 0 || b <= 0) {
                throw TemplateException.valueError("math domain error");
            }
            if (b == 1) {
                throw new TemplateException("float division by zero");
            }
            return Math.log(x) / Math.log(b);
        });
        lib.filter("pow", c -> {
            double x = number(c.value(), "pow");
            double y = number(c.arg(0, "y", null), "pow");
            double r = Math.pow(x, y);
            if ((Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) || (x == 0 && y < 0)) {
                throw TemplateException.valueError("math domain error");
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw new TemplateException("math range error");
            }
            return r;
        });
        lib.filter("root", c -> {
            Object base = c.arg(0, "base", 2L);
            double x = number(c.value(), "root");
            double b;
            if (Ops.isNumber(base) || base instanceof Boolean) {
                b = Ops.toDouble(base);
            } else {
                try {
                    b = Double.parseDouble(PythonRepr.str(base).strip());
                } catch (NumberFormatException e) {
                    throw new TemplateTypeError("root() can only be used on numbers: could not convert string to float: "
                            + PythonRepr.repr(PythonRepr.str(base)));
                }
            }
            if (b == 2) {
                if (x < 0) {
                    throw new TemplateTypeError("root() can only be used on numbers: math domain error");
                }
                return Math.sqrt(x);
            }
            if (b == 0) {
                throw new TemplateException("float division by zero");
            }
            double r = Math.pow(x, 1.0 / b);
            if (Double.isNaN(r)) {
                throw new TemplateTypeError("root() can only be used on numbers: math domain error");
            }
            return r;
        });
    }

    private static Object domain(double r, boolean ok) throws TemplateException {
        if (!ok) {
            throw TemplateException.valueError("math domain error");
        }
        return r;
    }

    /** A Python real number (int, float, bool); anything else is {@code <name>() can only be used on numbers}. */
    private static double number(Object v, String name) throws TemplateException {
        Object u = LazyVars.unwrap(v);
        if (Ops.isNumber(u) || u instanceof Boolean) {
            return Ops.toDouble(u);
        }
        throw new TemplateTypeError(name + "() can only be used on numbers: must be real number, not "
                + PythonRepr.typeName(u));
    }
}
