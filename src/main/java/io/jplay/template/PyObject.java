package io.jplay.template;

/** A Python object with attributes (datetime, timedelta). */
interface PyObject {
    /** The attribute or bound method, or null when there is none. */
    Object attr(String name);
}
