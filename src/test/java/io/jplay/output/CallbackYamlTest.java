package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case's expected text was written by PyYAML 6 with Ansible's callback dumper (lossy, indent 4). */
class CallbackYamlTest {

    static Stream<String> cases() {
        return Golden.read("yaml/pyyaml-cases.jsonl").lines().filter(l -> !l.isBlank());
    }

    static Stream<String> communityCases() {
        return Golden.read("yaml/community-cases.jsonl").lines().filter(l -> !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("communityCases")
    void dumpsLikeTheCommunityYamlCallbacksDumper(String line) {
        Map<String, Object> c = EventScript.json(line);
        assertEquals(c.get("out"), CallbackYaml.dumpCommunity(c.get("in")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void dumpsLikePyYaml(String line) {
        Map<String, Object> c = EventScript.json(line);
        assertEquals(c.get("out"), CallbackYaml.dump(c.get("in"), 4));
    }
}
