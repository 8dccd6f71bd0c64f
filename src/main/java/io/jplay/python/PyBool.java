package io.jplay.python;

import java.util.Locale;
import java.util.Set;

/**
 * The two ways Ansible turns a value into a boolean, kept apart as Ansible keeps them:
 * {@link #boolean_} is {@code module_utils.parsing.convert_bool.boolean} (keywords, config,
 * module arguments), {@link #boolFilter} is the {@code bool} filter ({@code to_bool}).
 */
public final class PyBool {
    private static final Set<String> TRUE_TEXT = Set.of("y", "yes", "on", "1", "true", "t");
    private static final Set<String> FALSE_TEXT = Set.of("n", "no", "off", "0", "false", "f");

    /**
     * The fourteen values of Ansible's {@code BOOLEANS} set as its message lists them. Python prints
     * that frozenset in an order that changes from run to run (string hashing is randomised); this
     * is the order CPython gives with randomisation off ({@code PYTHONHASHSEED=0}).
     */
    private static final String VALID = "0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'";

    private PyBool() {
    }

    /**
     * Ansible's {@code boolean(value, strict)}: text is lower-cased and stripped, then compared with
     * {@code y yes on 1 true t} / {@code n no off 0 false f}; numbers equal to 1 or 0 count too.
     * Anything else is false unless {@code strict}, which raises with Ansible's message.
     */
    public static boolean boolean_(Object value, boolean strict) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence s) {
            String n = s.toString().toLowerCase(Locale.ROOT).strip();
            if (TRUE_TEXT.contains(n)) {
                return true;
            }
            if (FALSE_TEXT.contains(n) || !strict) {
                return false;
            }
        } else if (value instanceof Number num && isOneOrZero(num)) {
            return num.doubleValue() == 1.0;
        } else if (!strict) {
            return false;
        } else if (value instanceof java.util.Map || value instanceof java.util.List
                || value instanceof java.util.Set) {
            // Python looks the value up in a frozenset first: containers are unhashable
            throw new IllegalArgumentException("unhashable type: '" + (value instanceof java.util.Map ? "dict"
                    : value instanceof java.util.List ? "list" : "set") + "'");
        }
        throw new IllegalArgumentException("The value '" + PyRepr.str(value)
                + "' is not a valid boolean.  Valid booleans include: "
                + VALID);
    }

    /** Non-strict {@link #boolean_}: unknown values are false. */
    public static boolean boolean_(Object value) {
        return boolean_(value, false);
    }

    /**
     * The {@code bool} filter: None and booleans pass through; text is lower-cased (not stripped)
     * and is true only for {@code yes on 1 true}; a number is true only when it equals 1.
     */
    public static Boolean boolFilter(Object value) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof CharSequence s) {
            String n = s.toString().toLowerCase(Locale.ROOT);
            return n.equals("yes") || n.equals("on") || n.equals("1") || n.equals("true");
        }
        return value instanceof Number num && num.doubleValue() == 1.0;
    }

    private static boolean isOneOrZero(Number n) {
        double d = n.doubleValue();
        return d == 1.0 || d == 0.0;
    }
}
