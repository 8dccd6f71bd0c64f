package io.jplay.python;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Any {@code key=value} line parses or is refused with the documented {@link IllegalArgumentException}
 * (Ansible's message for unbalanced quotes or Jinja blocks); nothing else escapes (see docs/fuzzing.md).
 */
@Tag("fuzz")
class KvArgsFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parsesOrRefuses(FuzzedDataProvider data) {
        boolean checkRaw = data.consumeBoolean();
        try {
            KvArgs.parse(data.consumeRemainingAsString(), checkRaw);
        } catch (IllegalArgumentException e) {
            // a typed refusal
        }
    }
}
