package io.jplay.async;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.junit.jupiter.api.Tag;

/** Any job file text gives an async_status result: the codec never throws (see docs/fuzzing.md). */
@Tag("fuzz")
class JobFileFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void anyTextIsAResult(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        JobFile.moduleResult("j1.1", "/job", text, Map.of());
        JobFile.statusResult("j1.1", "/job", text, Map.of());
    }
}
