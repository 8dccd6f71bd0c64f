package io.jplay.module.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InterpreterDiscoveryTest {

    @Test
    void platformPythonFromOsRelease() {
        assertEquals("/usr/bin/python3", InterpreterDiscovery.platformPython("ID=debian\nVERSION_ID=\"12\"\n"));
        assertEquals("/usr/bin/python", InterpreterDiscovery.platformPython("ID=debian\nVERSION_ID=\"9\"\n"));
        assertEquals("/usr/libexec/platform-python", InterpreterDiscovery.platformPython("ID=\"rocky\"\nVERSION_ID=\"8.9\"\n"));
        assertEquals("/usr/bin/python3", InterpreterDiscovery.platformPython("ID=ubuntu\nVERSION_ID=\"22.04\"\n"));
        assertNull(InterpreterDiscovery.platformPython("ID=alpine\nVERSION_ID=3.19.1\n"));
    }
}
