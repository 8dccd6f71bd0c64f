package io.jplay.inventory;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import org.junit.jupiter.api.Tag;

/**
 * Any INI or YAML inventory text gives an inventory or an {@link InventoryException} (YAML that is
 * not YAML: a {@link YamlException}); nothing else escapes (see docs/fuzzing.md).
 */
@Tag("fuzz")
class InventoryParsersFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void iniParsesOrRefuses(FuzzedDataProvider data) {
        try {
            new IniInventoryParser(new InventoryBuilder(), "fuzz.ini").parse(data.consumeRemainingAsString().lines().toList());
        } catch (InventoryException e) {
            // a typed refusal
        }
    }

    @FuzzTest(maxDuration = "60s")
    void yamlParsesOrRefuses(FuzzedDataProvider data) {
        try {
            Object loaded = new YamlLoader(w -> { }).loadLocated(data.consumeRemainingAsString(), "fuzz.yml").data();
            new YamlInventoryParser(new InventoryBuilder(), w -> { }).parse(loaded);
        } catch (InventoryException | YamlException e) {
            // a typed refusal
        }
    }
}
