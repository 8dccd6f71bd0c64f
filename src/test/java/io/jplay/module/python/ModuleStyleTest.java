package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModuleStyleTest {

    private static ModuleStyle of(String text) {
        return ModuleStyle.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stylesAsAnsibleTellsThem() {
        assertEquals(ModuleStyle.NEW, of("from ansible.module_utils.basic import AnsibleModule\n"));
        assertEquals(ModuleStyle.NEW, of("from ..module_utils.x import y\n"));
        assertEquals(ModuleStyle.NEW, of("import ansible.module_utils.basic\n"));
        assertEquals(ModuleStyle.WANT_JSON, of("#!/bin/sh\n# WANT_JSON\n"));
        assertEquals(ModuleStyle.OLD, of("#!/bin/sh\necho '{}'\n"));
        assertEquals(ModuleStyle.BINARY, ModuleStyle.of(new byte[] {0x7f, 'E', 'L', 'F', 0, 1}));
    }

    @Test
    void oldStyleArgumentsAreShellWords() {
        var args = new java.util.LinkedHashMap<String, Object>();
        args.put("who", "a b");
        args.put("flag", true);
        assertEquals("who='a b' flag=True ", FileModuleRun.argsText(ModuleStyle.OLD, args));
        assertEquals("{\"who\": \"a b\", \"flag\": true}", FileModuleRun.argsText(ModuleStyle.WANT_JSON, args));
    }
}
