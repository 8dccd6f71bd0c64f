package io.jplay.template;

import java.util.Comparator;

/** Python ordering for {@code sort}, {@code min}, {@code max}, {@code dictsort}, {@code unique}. */
final class Sorting {
    private Sorting() {
    }

    /** Thrown out of a comparator; unwrapped by callers into the TemplateException inside. */
    static final class Failure extends TemplateException.Unchecked {
        private static final long serialVersionUID = 1L;

        Failure(TemplateException cause) {
            super(cause);
        }
    }

    static Object key(Object v, String attribute, boolean caseSensitive) {
        if (attribute != null) {
            for (String part : attribute.split("\\.")) {
                try {
                    v = Ops.isInt(part) || part.matches("\\d+") ? Evaluator.getitem(v, Long.parseLong(part))
                            : Evaluator.getitem(v, part);
                } catch (TemplateException e) {
                    throw new Failure(e);
                }
            }
        }
        if (!caseSensitive && v instanceof String s) {
            return s.toLowerCase();
        }
        return v;
    }

    static Comparator<Object> comparator(String attribute, boolean caseSensitive, boolean reverse) {
        Comparator<Object> c = (a, b) -> {
            try {
                Object ka = Ops.defined(key(a, attribute, caseSensitive));
                Object kb = Ops.defined(key(b, attribute, caseSensitive));
                return Ops.compare(ka, kb, "<");
            } catch (TemplateException e) {
                throw new Failure(e);
            }
        };
        return reverse ? c.reversed() : c;
    }
}
