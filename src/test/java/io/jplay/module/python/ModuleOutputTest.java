package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplay.connection.ExecResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleOutputTest {

    private static ExecResult exec(int rc, String out, String err) {
        return new ExecResult(rc, out.getBytes(StandardCharsets.UTF_8), err.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void junkBeforeIsDroppedAndJunkAfterWarns() {
        ModuleOutput.Filtered f = ModuleOutput.filterNonJsonLines("motd\n  {\"a\": 1}\nbye\n\n");
        assertEquals("  {\"a\": 1}", f.json());
        assertEquals(List.of("Module invocation had junk after the JSON data: bye\n"), f.warnings());
    }

    @Test
    void blankLinesAfterAreNoJunk() {
        assertEquals(List.of(), ModuleOutput.filterNonJsonLines("{\"a\": 1}\n\n").warnings());
    }

    @Test
    void noObjectIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ModuleOutput.filterNonJsonLines("[1]\n"));
        assertThrows(IllegalArgumentException.class, () -> ModuleOutput.filterNonJsonLines("{ \"a\": 1\n"));
    }

    @Test
    void unparsableOutputIsAModuleFailure() {
        Map<String, Object> r = ModuleOutput.parse(exec(1, "oops", "Traceback (most recent call last):\n"), null,
                new ArrayList<>());
        assertEquals(true, r.get("failed"));
        assertEquals("MODULE FAILURE\nSee stdout/stderr for the exact error", r.get("msg"));
        assertEquals("oops", r.get("module_stdout"));
        assertEquals(1L, r.get("rc"));
        assertEquals("Traceback (most recent call last):\n", r.get("exception"));
    }

    @Test
    void missingInterpreterGetsTheHint() {
        Map<String, Object> r = ModuleOutput.parse(exec(127, "", "/bin/sh: 1: /usr/bin/nopython: not found\n"),
                "/usr/bin/nopython", new ArrayList<>());
        assertEquals("The module failed to execute correctly, you probably need to set the interpreter.\n"
                + "See stdout/stderr for the exact error", r.get("msg"));
    }

    @Test
    void internalKeysAreRemovedWithAWarning() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("_ansible_parsed", true);
        data.put("_ansible_x", 1);
        data.put("warnings", List.of());
        data.put("ansible_facts", new LinkedHashMap<>(Map.of("discovered_interpreter_python", "/x", "a", 1)));
        List<String> warnings = new ArrayList<>();
        ModuleOutput.removeInternalKeys(data, warnings);
        assertEquals(List.of("Removed unexpected internal key in module return: _ansible_x = 1"), warnings);
        assertFalse(data.containsKey("warnings"));
        assertEquals(Map.of("a", 1), data.get("ansible_facts"));
    }
}
