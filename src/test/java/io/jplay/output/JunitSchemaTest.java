package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplay.result.TaskResult;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** jplay's JUnit reports (and Ansible's, as a check on the schema) validate against the JUnit XSD CI viewers use. */
class JunitSchemaTest {

    @TempDir
    Path dir;

    private static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(JunitSchemaTest.class.getResource("/output/junit.xsd"));
        return schema.newValidator();
    }

    private static void validate(String xml) throws SAXException, IOException {
        validator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void reportWithEveryKindOfOutcomeIsValid() throws Exception {
        JsonCallbackTest.MutableClock clock = new JsonCallbackTest.MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        JunitSettings settings = JunitSettings.from(
                n -> Optional.ofNullable(Map.of("JUNIT_OUTPUT_DIR", dir.toString()).get(n)), dir, dir);
        JunitCallback cb = new JunitCallback(settings, OutputSettings.defaults(), clock, new StringBuilder());
        cb.playbookStart("site.yml");
        cb.playStart(new RunListener.PlayStart("all <kinds> & \"quotes\"", List.of("h"), false));
        String[][] outcomes = {{"ok"}, {"changed"}, {"failed"}, {"skipped"}, {"exception"}, {"ignored"}};
        for (String[] o : outcomes) {
            cb.taskStart(new RunListener.TaskStart(o[0], "command", false, dir + "/site.yml:3:7",
                    Map.of("_raw_params", "echo \"<x>\"\n"), false));
            clock.advance(Duration.ofMillis(1234));
            Map<String, Object> values = switch (o[0]) {
                case "changed" -> Map.of("changed", true, "stdout", "\u0001bell\r\n");
                case "failed", "ignored" -> Map.of("failed", true, "msg", "bad\nthing", "rc", 2);
                case "skipped" -> Map.of("skipped", true, "skip_reason", "no");
                case "exception" -> Map.of("failed", true, "exception", "Traceback\nKeyError: 'x'");
                default -> Map.of("changed", false);
            };
            cb.hostResult(new RunListener.HostResult("h", null, o[0], "command", TaskResult.of(values),
                    o[0].equals("ignored"), false, false));
        }
        cb.taskStart(new RunListener.TaskStart("inc", "include_tasks", false, "site.yml:9:7", Map.of(), false));
        cb.included(new RunListener.Included(dir + "/inc.yml", List.of("h")));
        cb.stats(new RunStats(Map.of(), Map.of()));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> reports = files.filter(p -> p.toString().endsWith(".xml")).toList();
            org.junit.jupiter.api.Assertions.assertEquals(1, reports.size(), reports.toString());
            validate(Files.readString(reports.get(0)));
        }
    }

    @Test
    void reportAnsiblePlaybookWroteIsValidToo() throws Exception {
        String golden = new String(JunitSchemaTest.class.getResourceAsStream("/output/junit/site.golden.xml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("time=\"T\"", "time=\"0.5\"");
        validate(golden);
    }

    @Test
    void schemaRejectsAFailureBeforeSkippedAndATestCaseWithoutName() {
        assertThrows(SAXException.class, () -> validate("""
                <testsuites><testsuite name="s" tests="1"><testcase name="c"><failure/><skipped/></testcase>
                </testsuite></testsuites>"""));
        assertThrows(SAXException.class, () -> validate("""
                <testsuites><testsuite name="s" tests="1"><testcase classname="c"/></testsuite></testsuites>"""));
    }
}
