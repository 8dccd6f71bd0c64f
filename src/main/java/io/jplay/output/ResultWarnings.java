package io.jplay.output;

import java.util.List;
import java.util.Map;

/** Shows a result's {@code warnings} and {@code deprecations} on stderr and removes them from the result. */
final class ResultWarnings {
    private final Display display;

    ResultWarnings(Display display) {
        this.display = display;
    }

    void handle(Map<String, Object> clean) {
        if (clean.get("warnings") instanceof List<?> list && !list.isEmpty()) {
            list.forEach(w -> display.warning(PythonText.str(w)));
            clean.remove("warnings");
        }
        if (clean.get("deprecations") instanceof List<?> list && !list.isEmpty()) {
            for (Object d : list) {
                display.deprecated(toDeprecation(d));
            }
            clean.remove("deprecations");
        }
    }

    private static RunListener.Deprecation toDeprecation(Object value) {
        if (value instanceof Map<?, ?> m) {
            return new RunListener.Deprecation(text(m.get("msg")), text(m.get("version")), text(m.get("date")),
                    text(m.get("collection_name")));
        }
        return new RunListener.Deprecation(PythonText.str(value), null, null, null);
    }

    private static String text(Object value) {
        return value == null ? null : PythonText.str(value);
    }
}
