package io.jplay.template;

import java.util.AbstractList;
import java.util.List;

/** {@code dict.items()/keys()/values()}: iterable like a list, rendered as {@code dict_items([...])}. */
final class DictView extends AbstractList<Object> {
    final String kind;
    private final List<Object> items;

    DictView(String kind, List<Object> items) {
        this.kind = kind;
        this.items = items;
    }

    @Override
    public Object get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
