package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's Python read from an {@code ansible-playbook} on PATH: only a Python shebang counts. */
class ControllerPythonShebangTest {

    @Test
    void pythonShebangsNameTheInterpreter(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("ansible-playbook");
        Files.writeString(script, "#!/usr/bin/env python3.11\nimport sys\n");
        assertEquals(Optional.of("python3.11"), ControllerPython.shebang(script));
        Files.writeString(script, "#!/opt/py/bin/python -I\n");
        assertEquals(Optional.of("/opt/py/bin/python"), ControllerPython.shebang(script));
    }

    @Test
    void aShellWrapperNamesNoPython(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("ansible-playbook");
        Files.writeString(script, "#!/bin/sh\nexec jplay \"$@\"\n");
        assertEquals(Optional.empty(), ControllerPython.shebang(script));
        assertEquals(List.of("python3", "/usr/bin/python3"), new ControllerPython(null, List.of(dir)).candidates());
    }
}
