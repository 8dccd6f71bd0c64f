package io.jplay.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/** Any text parses or is refused with a {@link JsonException}; nothing else escapes (see docs/fuzzing.md). */
@Tag("fuzz")
class JsonParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parsesOrRefuses(FuzzedDataProvider data) {
        try {
            JsonParser.parse(data.consumeRemainingAsString());
        } catch (JsonException e) {
            // a typed refusal
        }
    }
}
