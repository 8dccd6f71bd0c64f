package io.jplay.template;

/**
 * Jinja2's undefined value: what a missing variable, key or attribute evaluates to. Using it for
 * anything but {@code default}, {@code is defined} and friends raises its message. A {@code lenient}
 * one (Jinja2's plain {@code Undefined}, which an inline {@code if} without {@code else} gives even
 * under Ansible) prints as nothing and shows as {@code Undefined} inside a list; other uses still raise.
 */
record Undefined(String message, boolean lenient, String name, String templatingFailure) {

    Undefined(String message) {
        this(message, false);
    }

    Undefined(String message, boolean lenient) {
        this(message, lenient, null, null);
    }

    /**
     * A variable whose own value failed to template for an undefined reason: as Ansible's lazy variable
     * view gives it, an undefined (so {@code default} and {@code is defined} still work) whose message
     * names the value first: {@code "{{ b }}: 'b' is undefined. 'b' is undefined"}.
     *
     * @param failure the templating failure as Ansible's templar words it (its message, then once more)
     */
    static Undefined templatingFailed(String name, Object raw, String failure) {
        return new Undefined(PythonRepr.str(raw) + ": " + failure, false, name, failure);
    }

    /** What {@code x if cond} gives when {@code cond} is false. */
    static Undefined inlineIf() {
        return new Undefined("the inline if-expression on line 1 evaluated to false and no else section was defined.",
                true);
    }

    /** Whether a lenient undefined is anywhere inside {@code v} (then it cannot be read back as a literal). */
    static boolean lenientInside(Object v) {
        if (v instanceof Undefined u) {
            return u.lenient;
        }
        if (v instanceof java.util.Collection<?> c) {
            for (Object item : c) {
                if (lenientInside(item)) {
                    return true;
                }
            }
        } else if (v instanceof java.util.Map<?, ?> m && m.getClass().getName().startsWith("java.util.")) {
            for (Object value : m.values()) {
                if (lenientInside(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Undefined variable(String name) {
        return new Undefined("'" + name + "' is undefined");
    }

    static Undefined attribute(Object owner, Object name) {
        String own = owner instanceof PythonClass c ? c.undefinedName(name) : null;
        if (own != null) {
            return new Undefined(PythonRepr.repr(own) + " is undefined", false, own, null);
        }
        String key = name instanceof String s ? PythonRepr.repr(s) : PythonRepr.repr(name);
        return new Undefined(PythonRepr.objectTypeRepr(owner) + " has no attribute " + key);
    }

    /** Python's repr of Ansible's undefined: {@code AnsibleUndefined(hint=None, obj=missing, name='x')}. */
    String repr() {
        if (templatingFailure != null) {
            return "AnsibleUndefined(hint=" + PythonRepr.repr(message) + ", obj=missing, name=" + PythonRepr.repr(name) + ")";
        }
        String name = message.startsWith("'") && message.endsWith("' is undefined")
                ? message.substring(1, message.length() - "' is undefined".length()) : message;
        return "AnsibleUndefined(hint=None, obj=missing, name=" + PythonRepr.repr(name) + ")";
    }

    /**
     * Ansible's {@code _fail_on_undefined}, run on every printed value: an undefined anywhere inside lists
     * and dicts raises its error. Lazy variable views (maps not from java.util) are not walked, as reading
     * them would template every variable they hold.
     */
    static void failIfInside(Object v) throws TemplateException {
        if (v instanceof Undefined u) {
            if (u.lenient) {
                return;
            }
            throw u.error();
        }
        if (v instanceof java.util.List<?> l) {
            for (Object item : l) {
                failIfInside(item);
            }
        } else if (v instanceof java.util.Map<?, ?> m && m.getClass().getName().startsWith("java.util.")) {
            for (Object value : m.values()) {
                failIfInside(value);
            }
        }
    }

    TemplateException error() {
        return TemplateException.undefined(message);
    }
}
