package io.jplay.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The parser's events, refusing collections nested deeper than a limit. The composer and every later
 * walk over the value recurse once per level, so without a limit a file of {@code [[[[...]]]]} ends in
 * a stack overflow instead of an error that names the place.
 */
final class DepthLimitedParser implements Parser {

    /** Nesting deeper than the limit, at the collection that went past it. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Event at;

        TooDeep(int limit, Event at) {
            super("nesting deeper than " + limit + " levels (a too deeply nested structure)");
            this.at = at;
        }
    }

    private final Parser parser;
    private final int limit;
    private int depth;

    DepthLimitedParser(Parser parser, int limit) {
        this.parser = parser;
        this.limit = limit;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event e = parser.next();
        Event.ID id = e.getEventId();
        if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) {
            if (++depth > limit) {
                throw new TooDeep(limit, e);
            }
        } else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) {
            depth--;
        }
        return e;
    }
}
