package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's {@code loop} variable for one iteration: index, length, neighbours, {@code cycle},
 * {@code changed} (remembers the last values of its loop), and for {@code recursive} loops, calling
 * {@code loop(children)} renders the body again one level deeper.
 */
final class LoopContext implements PyObject, PyCallable {
    /** What the iterations of one loop share. */
    static final class Shared {
        Object lastChanged = NONE;
    }

    private static final Object NONE = new Object();
    private final List<Object> items;
    private final int i;
    private final int depth;
    private final Shared shared;
    private final PyCallable recurse;

    LoopContext(List<Object> items, int i, int depth, Shared shared, PyCallable recurse) {
        this.items = items;
        this.i = i;
        this.depth = depth;
        this.shared = shared;
        this.recurse = recurse;
    }

    @Override
    public Object attr(String name) {
        int n = items.size();
        return switch (name) {
            case "index" -> (long) i + 1;
            case "index0" -> (long) i;
            case "revindex" -> (long) (n - i);
            case "revindex0" -> (long) (n - i - 1);
            case "first" -> i == 0;
            case "last" -> i == n - 1;
            case "length" -> (long) n;
            case "depth" -> (long) depth;
            case "depth0" -> (long) depth - 1;
            case "previtem" -> i > 0 ? items.get(i - 1) : new Undefined("there is no previous item");
            case "nextitem" -> i < n - 1 ? items.get(i + 1) : new Undefined("there is no next item");
            case "cycle" -> (PyCallable) (args, kw) -> {
                if (args.isEmpty()) {
                    throw new TemplateTypeError("no items for cycling given");
                }
                return args.get(i % args.size());
            };
            case "changed" -> (PyCallable) (args, kw) -> {
                Object now = new ArrayList<>(args);
                if (shared.lastChanged == NONE || !Ops.equal(shared.lastChanged, now)) {
                    shared.lastChanged = now;
                    return true;
                }
                return false;
            };
            default -> null;
        };
    }

    @Override
    public Object call(List<Object> args, Map<String, Object> kwargs) throws TemplateException {
        if (recurse == null) {
            throw new TemplateTypeError("The loop must have the 'recursive' marker to be called recursively.");
        }
        return recurse.call(args, kwargs);
    }

    @Override
    public String toString() {
        return "<LoopContext " + (i + 1) + "/" + items.size() + ">";
    }
}
