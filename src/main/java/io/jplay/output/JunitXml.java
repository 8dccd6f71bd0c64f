package io.jplay.output;

import io.jplay.python.PyFloat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JUnit report as ansible-core's {@code _junit_xml} lays it out: {@code testsuites} with one
 * {@code testsuite} per playbook, counts and summed times as attributes, and Python's
 * {@code minidom.toprettyxml()} formatting (tab indentation, text-only elements on one line, empty
 * elements self-closed, {@code & < " >} escaped, attributes in the order the fields are declared).
 */
final class JunitXml {

    /** A {@code failure} or {@code error}: {@code message} may be null, {@code output} is the element text. */
    record Problem(String message, String output) {
    }

    /**
     * A {@code testcase}. {@code time} is the duration in seconds; {@code skipped} and {@code systemOut}
     * are omitted when null or empty.
     */
    record Case(String name, String classname, double time, List<Problem> errors, List<Problem> failures,
            String skipped, String systemOut) {
        Case {
            errors = List.copyOf(errors);
            failures = List.copyOf(failures);
        }

        static Case passed(String name, String classname, double time, String systemOut) {
            return new Case(name, classname, time, List.of(), List.of(), null, systemOut);
        }
    }

    private static final MathContext PYTHON_CONTEXT = new MathContext(28, RoundingMode.HALF_EVEN);

    private JunitXml() {
    }

    /** The whole document for one suite named {@code suiteName}, ending in a newline. */
    static String render(String suiteName, List<Case> cases) {
        int errors = (int) cases.stream().filter(c -> !c.errors().isEmpty()).count();
        int failures = (int) cases.stream().filter(c -> !c.failures().isEmpty()).count();
        int skipped = (int) cases.stream().filter(c -> c.skipped() != null && !c.skipped().isEmpty()).count();
        double sum = 0;
        for (Case c : cases) {
            if (c.time() != 0) {
                sum += c.time();
            }
        }
        String suiteTime = decimal(new BigDecimal(sum));
        String allTime = decimal(new BigDecimal(sum).round(PYTHON_CONTEXT));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" ?>\n");
        open(sb, 0, "testsuites", attrs("disabled", "0", "errors", errors, "failures", failures,
                "tests", cases.size(), "time", allTime), false);
        List<String> suiteAttrs = attrs("disabled", "0", "errors", errors, "failures", failures, "name", suiteName,
                "skipped", skipped, "tests", cases.size(), "time", suiteTime);
        if (cases.isEmpty()) {
            open(sb, 1, "testsuite", suiteAttrs, true);
        } else {
            open(sb, 1, "testsuite", suiteAttrs, false);
            cases.forEach(c -> testCase(sb, c));
            close(sb, 1, "testsuite");
        }
        close(sb, 0, "testsuites");
        return sb.toString();
    }

    private static void testCase(StringBuilder sb, Case c) {
        List<String> attrs = c.classname() == null ? attrs("name", c.name(), "time", PyFloat.repr(c.time()))
                : attrs("classname", c.classname(), "name", c.name(), "time", PyFloat.repr(c.time()));
        boolean hasSkipped = c.skipped() != null && !c.skipped().isEmpty();
        boolean hasOut = c.systemOut() != null && !c.systemOut().isEmpty();
        if (!hasSkipped && !hasOut && c.errors().isEmpty() && c.failures().isEmpty()) {
            open(sb, 2, "testcase", attrs, true);
            return;
        }
        open(sb, 2, "testcase", attrs, false);
        if (hasSkipped) {
            textElement(sb, "skipped", List.of(), c.skipped());
        }
        for (Problem p : c.errors()) {
            textElement(sb, "error", problemAttrs(p, "error"), p.output());
        }
        for (Problem p : c.failures()) {
            textElement(sb, "failure", problemAttrs(p, "failure"), p.output());
        }
        if (hasOut) {
            textElement(sb, "system-out", List.of(), c.systemOut());
        }
        close(sb, 2, "testcase");
    }

    private static List<String> problemAttrs(Problem p, String type) {
        return p.message() == null ? attrs("type", type) : attrs("message", p.message(), "type", type);
    }

    private static void textElement(StringBuilder sb, String tag, List<String> attrs, String text) {
        if (text == null || text.isEmpty()) {
            open(sb, 3, tag, attrs, true);
            return;
        }
        sb.append("\t".repeat(3)).append('<').append(tag);
        appendAttrs(sb, attrs);
        sb.append('>').append(escape(normaliseNewlines(text))).append("</").append(tag).append(">\n");
    }

    private static void open(StringBuilder sb, int depth, String tag, List<String> attrs, boolean empty) {
        sb.append("\t".repeat(depth)).append('<').append(tag);
        appendAttrs(sb, attrs);
        sb.append(empty ? "/>\n" : ">\n");
    }

    private static void close(StringBuilder sb, int depth, String tag) {
        sb.append("\t".repeat(depth)).append("</").append(tag).append(">\n");
    }

    private static void appendAttrs(StringBuilder sb, List<String> attrs) {
        for (int i = 0; i < attrs.size(); i += 2) {
            sb.append(' ').append(attrs.get(i)).append("=\"").append(escape(attrs.get(i + 1))).append('"');
        }
    }

    private static List<String> attrs(Object... pairs) {
        List<String> list = new ArrayList<>();
        for (Object o : pairs) {
            list.add(String.valueOf(o));
        }
        return list;
    }

    /** minidom's {@code _write_data}: the same four replacements for text and attribute values. */
    private static String escape(String s) {
        String clean = legal(s);
        StringBuilder sb = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '"' -> sb.append("&quot;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Python's {@code str(decimal.Decimal(x))} for an exact binary value: plain digits unless the
     * adjusted exponent is below -6, then {@code d.dddE-n}.
     */
    static String decimal(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        int adjusted = v.precision() - v.scale() - 1;
        if (adjusted >= -6) {
            return v.toPlainString();
        }
        String digits = v.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v.signum() < 0 ? "-" : "") + mantissa + "E" + adjusted;
    }

    /** Text as an XML parser hands it on: {@code \r\n} and lone {@code \r} become {@code \n}. */
    private static String normaliseNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Drops characters XML 1.0 cannot carry (Ansible's report fails on them instead) and turns lone
     * surrogates into U+FFFD, as Ansible's {@code _cleanse_string} does.
     */
    private static String legal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
