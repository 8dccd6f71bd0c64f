package io.jplay.output;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Joins the JUnit reports that the slices of one run wrote for the same playbook into the report the
 * unsliced run would have written: every test case of every slice in one suite, with the counts and
 * summed time recomputed, laid out as the {@code junit} callback lays out its own.
 */
public final class JunitReportMerger {
    private final List<JunitXml.Case> cases = new ArrayList<>();
    private String suiteName;

    /**
     * Adds the test cases of one report.
     *
     * @param source names the report in error messages
     * @throws IllegalArgumentException when it is not a JUnit report
     */
    public void add(String source, String xml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            root = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException(source + ": not a JUnit report: " + e.getMessage());
        }
        NodeList suites = root.getElementsByTagName("testsuite");
        if (!root.getTagName().equals("testsuites") && !root.getTagName().equals("testsuite")) {
            throw new IllegalArgumentException(source + ": not a JUnit report (its root is <" + root.getTagName() + ">)");
        }
        Element suite = root.getTagName().equals("testsuite") ? root : (Element) suites.item(0);
        if (suite != null && suiteName == null) {
            suiteName = suite.getAttribute("name");
        }
        NodeList found = root.getElementsByTagName("testcase");
        for (int i = 0; i < found.getLength(); i++) {
            cases.add(testCase((Element) found.item(i)));
        }
    }

    /** The merged report, ending in a newline. */
    public String result() {
        return JunitXml.render(suiteName == null ? "" : suiteName, cases);
    }

    private static JunitXml.Case testCase(Element e) {
        String classname = e.hasAttribute("classname") ? e.getAttribute("classname") : null;
        double time;
        try {
            time = e.hasAttribute("time") ? Double.parseDouble(e.getAttribute("time")) : 0;
        } catch (NumberFormatException ex) {
            time = 0;
        }
        List<JunitXml.Problem> errors = new ArrayList<>();
        List<JunitXml.Problem> failures = new ArrayList<>();
        String skipped = null;
        String out = null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                switch (child.getTagName()) {
                    case "error" -> errors.add(problem(child));
                    case "failure" -> failures.add(problem(child));
                    case "skipped" -> skipped = child.getTextContent();
                    case "system-out" -> out = child.getTextContent();
                    default -> {
                    }
                }
            }
        }
        return new JunitXml.Case(e.getAttribute("name"), classname, time, errors, failures, skipped, out);
    }

    private static JunitXml.Problem problem(Element e) {
        return new JunitXml.Problem(e.hasAttribute("message") ? e.getAttribute("message") : null, e.getTextContent());
    }
}
