package io.jplay.template;

/**
 * An error a lookup raises with a Python class other than {@code AnsibleError} (a plain
 * {@link TemplateException} from a lookup stands for {@code AnsibleError}). The templater passes
 * {@code AnsibleLookupError} and {@code AnsibleOptionsError} through as they are and wraps every
 * other class in "An unhandled exception occurred while running the lookup plugin".
 */
final class LookupFailure extends TemplateException {
    static final String LOOKUP_ERROR = "ansible.errors.AnsibleLookupError";
    static final String OPTIONS_ERROR = "ansible.errors.AnsibleOptionsError";
    /** No lookup by that name: raised before the lookup runs, so {@code errors=} never applies. */
    static final String NOT_FOUND = "jplay.lookup-not-found";
    private static final long serialVersionUID = 1L;
    private final String pythonClass;

    private LookupFailure(String pythonClass, String message) {
        super(message);
        this.pythonClass = pythonClass;
    }

    /** {@code AnsibleLookupError}: the lookup handled the error; {@code errors=} may still ignore it. */
    static LookupFailure handled(String message) {
        return new LookupFailure(LOOKUP_ERROR, message);
    }

    /** {@code lookup plugin (x) not found}. */
    static LookupFailure notFound(String name) {
        return new LookupFailure(NOT_FOUND, "lookup plugin (" + name + ") not found");
    }

    /** {@code AnsibleOptionsError}: bad options, never ignored. */
    static LookupFailure options(String message) {
        return new LookupFailure(OPTIONS_ERROR, message);
    }

    /** Any other Python exception class, e.g. {@code ansible.errors.AnsibleParserError} or {@code KeyError}. */
    static LookupFailure of(String pythonClass, String message) {
        return new LookupFailure(pythonClass, message);
    }

    /** The class as the lookup runner tells failures apart ({@link #NOT_FOUND} included). */
    String lookupClass() {
        return pythonClass;
    }

    @Override
    public String pythonClass() {
        return pythonClass.equals(NOT_FOUND) ? "ansible.errors.AnsibleError" : pythonClass;
    }
}
