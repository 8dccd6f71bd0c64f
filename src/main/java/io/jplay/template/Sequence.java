package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code sequence} lookup: {@code start=1 end=5 format=host%02d}, {@code 1-10/2}. */
final class Sequence {
    private static final Pattern SHORT = Pattern.compile("^(?:(-?\\d+|0x[0-9a-f]+)-)?(-?\\d+|0x[0-9a-f]+)(?:/(\\d+))?(?::(.+))?$");

    private Sequence() {
    }

    static List<Object> run(Call c) throws TemplateException {
        List<Object> out = new ArrayList<>();
        List<Object> terms = new ArrayList<>(c.args());
        if (terms.isEmpty()) {
            terms.add("");
        }
        for (Object t : terms) {
            long start = 1;
            Long end = null;
            Long count = null;
            long stride = 1;
            String format = "%d";
            String term = PythonRepr.str(t).strip();
            Matcher m = SHORT.matcher(term);
            if (m.matches()) {
                if (m.group(1) != null) {
                    start = Long.decode(m.group(1));
                }
                end = Long.decode(m.group(2));
                if (m.group(3) != null) {
                    stride = Long.parseLong(m.group(3));
                }
                if (m.group(4) != null) {
                    format = m.group(4);
                }
            } else {
                for (String kv : term.split("\\s+")) {
                    if (kv.isEmpty()) {
                        continue;
                    }
                    String[] p = kv.split("=", 2);
                    switch (p[0]) {
                        case "start" -> start = Long.decode(p[1]);
                        case "end" -> end = Long.decode(p[1]);
                        case "count" -> count = Long.decode(p[1]);
                        case "stride" -> stride = Long.decode(p[1]);
                        case "format" -> format = p[1];
                        default -> throw new TemplateException("unrecognized arguments to with_sequence: " + p[0]);
                    }
                }
            }
            Object kStart = c.kwargs().get("start");
            Object kEnd = c.kwargs().get("end");
            Object kCount = c.kwargs().get("count");
            if (kStart != null) {
                start = Ops.toLong(kStart);
            }
            if (kEnd != null) {
                end = Ops.toLong(kEnd);
            }
            if (kCount != null) {
                count = Ops.toLong(kCount);
            }
            if (c.kwargs().get("stride") != null) {
                stride = Ops.toLong(c.kwargs().get("stride"));
            }
            if (c.kwargs().get("format") != null) {
                format = PythonRepr.str(c.kwargs().get("format"));
            }
            if (count != null) {
                if (end != null) {
                    throw new TemplateException("can't specify both count and end in with_sequence");
                }
                end = start + count * stride - 1;
                if (count == 0) {
                    continue;
                }
            }
            if (end == null) {
                throw new TemplateException("must specify count or end in with_sequence");
            }
            if (stride > 0 && end < start) {
                throw new TemplateException("to count backwards make stride negative");
            }
            for (long i = start; stride > 0 ? i <= end : i >= end; i += stride) {
                out.add(PyFormat.percent(format, i));
                if (stride == 0) {
                    break;
                }
            }
        }
        return out;
    }
}
