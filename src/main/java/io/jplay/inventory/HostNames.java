package io.jplay.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host name expressions as written in inventory sources: an optional {@code :port} suffix and
 * {@code [a:b]} / {@code [a:b:step]} ranges (numeric, zero-padded, or single letters).
 */
public final class HostNames {
    private static final Pattern BRACKETED_PORT = Pattern.compile("^\\[([^\\]]+)\\]:(\\d+)$");
    private static final Pattern HOST_PORT = Pattern.compile("^((?:[^:\\[\\]\\s]|\\[[^\\]]*\\])+):(\\d+)$");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /**
     * A malformed range as Ansible's own errors word it ({@code host range must ...}), which the
     * {@code advanced_host_list} plugin forgives by keeping the name as written; other failures
     * (Python's {@code int()}, unpacking) fail the whole source.
     */
    static final class BadRange extends InventoryException {
        private static final long serialVersionUID = 1L;

        BadRange(String message) {
            super(message);
        }
    }

    /** A host expression split into its name pattern and optional port. */
    public record Address(String pattern, Integer port) {
    }

    private HostNames() {
    }

    public static Address parseAddress(String text) {
        Matcher m = BRACKETED_PORT.matcher(text);
        if (m.matches()) {
            return new Address(m.group(1), Integer.valueOf(m.group(2)));
        }
        m = HOST_PORT.matcher(text);
        if (m.matches()) {
            return new Address(m.group(1), Integer.valueOf(m.group(2)));
        }
        return new Address(text, null);
    }

    /** Ansible's detect_range: any {@code [} makes the text a range to expand. */
    static boolean hasRange(String text) {
        return text.indexOf('[') >= 0;
    }

    /** Expands every range in the name, left to right, as Ansible's expand_hostname_range. */
    static List<String> expand(String name) {
        List<String> out = new ArrayList<>();
        if (!hasRange(name)) {
            out.add(name);
            return out;
        }
        expandInto(name, out);
        return out;
    }

    private static void expandInto(String name, List<String> out) {
        // as Python's head, nrange, tail = line.replace('[', '|', 1).replace(']', '|', 1).split('|')
        String marked = name.replaceFirst("\\[", "|").replaceFirst("]", "|");
        String[] parts = marked.split("\\|", -1);
        if (parts.length < 3) {
            throw new InventoryException("not enough values to unpack (expected 3, got " + parts.length + ")");
        } else if (parts.length > 3) {
            throw new InventoryException("too many values to unpack (expected 3)");
        }
        String head = parts[0];
        String tail = parts[2];
        String[] bounds = parts[1].split(":", -1);
        if (bounds.length != 2 && bounds.length != 3) {
            throw new BadRange("host range must be begin:end or begin:end:step");
        }
        String beg = bounds[0].isEmpty() ? "0" : bounds[0];
        String end = bounds[1];
        if (end.isEmpty()) {
            throw new BadRange("host range must specify end value");
        }
        int step = bounds.length == 3 ? parseInt(bounds[2]) : 1;
        if (step <= 0) {
            throw new InventoryException("host range step must be a positive number: " + name);
        }
        int width = 0;
        if (beg.charAt(0) == '0' && beg.length() > 1) {
            width = beg.length();
            if (width != end.length()) {
                throw new BadRange("host range must specify equal-length begin and end formats");
            }
        }
        for (String item : sequence(beg, end, step)) {
            String filled = width > 0 ? zeroFill(item, width) : item;
            String host = head + filled + tail;
            if (hasRange(host)) {
                expandInto(host, out);
            } else {
                out.add(host);
            }
        }
    }

    private static List<String> sequence(String beg, String end, int step) {
        List<String> seq = new ArrayList<>();
        int ib = beg.length() == 1 ? LETTERS.indexOf(beg) : -1;
        int ie = end.length() == 1 ? LETTERS.indexOf(end) : -1;
        if (ib >= 0 && ie >= 0) {
            if (ib > ie) {
                throw new BadRange("host range must have begin <= end");
            }
            for (int i = ib; i <= ie; i += step) {
                seq.add(String.valueOf(LETTERS.charAt(i)));
            }
            return seq;
        }
        int from = parseInt(beg);
        int to = parseInt(end);
        for (int i = from; i <= to; i += step) {
            seq.add(Integer.toString(i));
        }
        return seq;
    }

    private static String zeroFill(String digits, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InventoryException("invalid literal for int() with base 10: '" + text + "'");
        }
    }
}
