package io.jplay.yaml;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/** Any YAML text loads or is refused with a {@link YamlException}; nothing else escapes (see docs/fuzzing.md). */
@Tag("fuzz")
class YamlLoaderFuzzTest {
    private final YamlLoader loader = new YamlLoader(w -> { });

    @FuzzTest(maxDuration = "60s")
    void loadsOrRefuses(FuzzedDataProvider data) {
        try {
            loader.loadLocated(data.consumeRemainingAsString(), "fuzz.yml");
        } catch (YamlException e) {
            // a typed refusal
        }
    }
}
