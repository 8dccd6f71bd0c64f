package io.jplay.template;

import java.util.List;
import java.util.Map;

/** Something an expression can call: a macro, a bound method, {@code loop.cycle}. */
@FunctionalInterface
interface PyCallable {
    Object call(List<Object> args, Map<String, Object> kwargs) throws TemplateException;
}
