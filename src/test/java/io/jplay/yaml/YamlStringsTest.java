package io.jplay.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.vault.VaultSecrets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlStringsTest {

    @Test
    void theLoadersStringsAreKnownByIdentityNotByValue() throws Exception {
        YamlStrings strings = new YamlStrings();
        YamlLoader loader = new YamlLoader(w -> { }, VaultSecrets.none(), YamlLimits.DEFAULT, strings);
        Map<?, ?> doc = (Map<?, ?>) loader.loadAll("s: '1'\nl: [a, 2]\nu: !unsafe x\n", "t").get(0);
        String s = (String) doc.get("s");
        assertTrue(strings.contains(s));
        assertTrue(strings.contains(((List<?>) doc.get("l")).get(0)));
        assertTrue(strings.contains(doc.keySet().iterator().next()));
        assertFalse(strings.contains(new String(s)), "an equal string made elsewhere is a plain str");
        assertFalse(strings.contains(((List<?>) doc.get("l")).get(1)));
        assertFalse(strings.contains(((Unsafe) doc.get("u")).value()), "!unsafe text is AnsibleUnsafeText");
    }

    @Test
    void aLoaderWithoutNotesMarksNothing() throws Exception {
        YamlLoader loader = new YamlLoader();
        Object s = ((Map<?, ?>) loader.loadAll("s: x\n", "t").get(0)).get("s");
        assertFalse(loader.strings().contains(s));
    }
}
