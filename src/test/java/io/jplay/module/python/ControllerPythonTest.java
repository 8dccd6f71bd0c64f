package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerPythonTest {

    @Test
    void anAnsiblePlaybookThatIsAShellWrapperNamesNoPython(@TempDir Path dir) throws Exception {
        Path wrapper = Files.writeString(dir.resolve("ansible-playbook"), "#!/bin/sh\nexec jplay \"$@\"\n");
        assertEquals(Optional.empty(), ControllerPython.shebang(wrapper));
        assertEquals(List.of("python3", "/usr/bin/python3"), new ControllerPython(null, List.of(dir)).candidates());
    }

    @Test
    void thePythonOfAnAnsiblePlaybookScriptIsTriedFirst(@TempDir Path dir) throws Exception {
        Path direct = Files.writeString(dir.resolve("a"), "#!/opt/py/bin/python3.11\n");
        Path viaEnv = Files.writeString(dir.resolve("b"), "#!/usr/bin/env python3\n");
        assertEquals(Optional.of("/opt/py/bin/python3.11"), ControllerPython.shebang(direct));
        assertEquals(Optional.of("python3"), ControllerPython.shebang(viaEnv));
    }
}
