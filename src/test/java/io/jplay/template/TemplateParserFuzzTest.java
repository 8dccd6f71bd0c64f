package io.jplay.template;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Any template text is scanned and parsed into nodes or refused with a {@link TemplateException}
 * (a syntax error as Jinja2 reports it); nothing else escapes (see docs/fuzzing.md).
 */
@Tag("fuzz")
class TemplateParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parsesOrRefuses(FuzzedDataProvider data) {
        try {
            TemplateParser.parse(data.consumeRemainingAsString());
        } catch (TemplateException e) {
            // a typed refusal
        }
    }
}
