package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportScannerTest {

    @Test
    void absoluteImportsAnywhereInTheFile() {
        String src = String.join("\n",
                "import os, sys",
                "from ansible.module_utils.basic import AnsibleModule",
                "try:",
                "    from ansible.module_utils.six import (",
                "        PY3,",
                "        string_types,  # comment",
                "    )",
                "except ImportError:",
                "    pass",
                "def f():",
                "    import ansible.module_utils.common.text.converters as conv",
                "x = 1; import json");
        Set<String> found = ImportScanner.imports(src, "ansible.modules");
        assertTrue(found.contains("ansible.module_utils.basic.AnsibleModule"));
        assertTrue(found.contains("ansible.module_utils.basic"));
        assertTrue(found.contains("ansible.module_utils.six.PY3"));
        assertTrue(found.contains("ansible.module_utils.six.string_types"));
        assertTrue(found.contains("ansible.module_utils.common.text.converters"));
        assertTrue(found.contains("json"));
        assertTrue(found.contains("os"));
    }

    @Test
    void relativeImportsResolveAgainstThePackage() {
        Set<String> found = ImportScanner.imports("from ..module_utils.words import shout\nfrom . import sib\n",
                "ansible_collections.ns.coll.plugins.modules");
        assertTrue(found.contains("ansible_collections.ns.coll.plugins.module_utils.words"));
        assertTrue(found.contains("ansible_collections.ns.coll.plugins.module_utils.words.shout"));
        assertTrue(found.contains("ansible_collections.ns.coll.plugins.modules.sib"));
    }

    @Test
    void climbingAboveTheTopIsIgnored() {
        assertNull(ImportScanner.absolute(3, "x", "a"));
        assertEquals("a.b.x", ImportScanner.absolute(2, "x", "a.b.c"));
    }

    @Test
    void documentationStringsAreSkipped() {
        String src = "DOCUMENTATION = '''\nfrom ansible.module_utils.fake import x\n'''\nimport real\n";
        Set<String> found = ImportScanner.imports(src, "");
        assertFalse(found.contains("ansible.module_utils.fake"));
        assertTrue(found.contains("real"));
    }

    @Test
    void backslashContinuationsAreJoined() {
        Set<String> found = ImportScanner.imports("from ansible.module_utils.x import \\\n    a, b\n", "");
        assertTrue(found.contains("ansible.module_utils.x.b"));
    }
}
