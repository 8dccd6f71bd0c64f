package io.jplay.executor;

import io.jplay.inventory.Host;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a play's hosts into {@code serial} batches: a number, a percentage, or a list of either
 * (the last size repeats), as Ansible does. No {@code serial} is one batch of all hosts.
 */
final class SerialBatches {
    private SerialBatches() {
    }

    static List<List<Host>> of(Object serial, List<Host> hosts, Templater templater, Map<String, Object> vars) {
        List<Integer> sizes = sizes(serial, hosts.size(), templater, vars);
        List<List<Host>> batches = new ArrayList<>();
        int i = 0;
        int s = 0;
        while (i < hosts.size()) {
            int size = sizes.isEmpty() ? hosts.size() : sizes.get(Math.min(s++, sizes.size() - 1));
            size = Math.max(1, Math.min(size, hosts.size() - i));
            batches.add(hosts.subList(i, i + size));
            i += size;
        }
        return batches;
    }

    private static List<Integer> sizes(Object serial, int total, Templater templater, Map<String, Object> vars) {
        if (serial == null) {
            return List.of();
        }
        Object value;
        try {
            value = templater.template(serial, vars);
        } catch (TemplateException e) {
            return List.of();
        }
        List<Integer> sizes = new ArrayList<>();
        for (Object o : value instanceof List<?> l ? l : List.of(value)) {
            String text = String.valueOf(o).trim();
            if (text.endsWith("%")) {
                int pct = (int) (Double.parseDouble(text.substring(0, text.length() - 1)) / 100.0 * total);
                sizes.add(Math.max(1, pct));
            } else {
                int size = (int) Double.parseDouble(text);
                sizes.add(size <= 0 ? total : size);
            }
        }
        return sizes;
    }
}
