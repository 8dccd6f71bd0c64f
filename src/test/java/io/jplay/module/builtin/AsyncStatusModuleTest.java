package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.connection.LocalConnection;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncStatusModuleTest {
    @TempDir
    Path tmp;

    record Ctx(Map<String, Object> args, Map<String, Object> vars, boolean checkMode) implements ModuleContext {
        @Override
        public String hostName() {
            return "h";
        }

        @Override
        public Connection connection() {
            return new LocalConnection(null);
        }

        @Override
        public Become become() {
            return null;
        }

        @Override
        public Map<String, String> environment() {
            return Map.of();
        }

        @Override
        public boolean diffMode() {
            return false;
        }

        @Override
        public Object template(Object value) {
            return value;
        }

        @Override
        public boolean isTrue(Object conditional) {
            return false;
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public Path baseDir() {
            return Path.of(".");
        }
    }

    @Test
    void readsTheJobFromTheHostsAsyncDir() throws Exception {
        Files.writeString(tmp.resolve("j5.6"), "{\"changed\": true, \"rc\": 0, \"stdout\": \"ok\"}");
        Map<String, Object> r = new AsyncStatusModule().run(
                new Ctx(Map.of("jid", "j5.6"), Map.of("ansible_async_dir", tmp.toString()), false));
        assertEquals("ok", r.get("stdout"));
        assertEquals(1L, r.get("finished"));
    }

    @Test
    void configuredDefaultDirIsUsedWithoutTheVariable() throws Exception {
        Map<String, Object> r = new AsyncStatusModule(tmp.toString()).run(
                new Ctx(Map.of("jid", "j5.6", "mode", "cleanup"), Map.of(), false));
        assertEquals("could not find job", r.get("msg"));
        assertEquals(tmp.resolve("j5.6").toString(), r.get("erased"));
    }

    @Test
    void rejectsMissingJidBadModeAndUnknownArgs() {
        AsyncStatusModule m = new AsyncStatusModule(tmp.toString());
        assertThrows(ModuleException.class, () -> m.run(new Ctx(Map.of(), Map.of(), false)));
        ModuleException bad = assertThrows(ModuleException.class,
                () -> m.run(new Ctx(Map.of("jid", "x", "mode", "wait"), Map.of(), false)));
        assertTrue(bad.getMessage().contains("cleanup, status"), bad.getMessage());
        assertThrows(ModuleException.class, () -> m.run(new Ctx(Map.of("jid", "x", "foo", 1), Map.of(), false)));
    }

    @Test
    void declaresCheckModeButNotAsync() {
        assertTrue(new AsyncStatusModule().supportsCheckMode());
        assertEquals(false, new AsyncStatusModule().supportsAsync());
        assertEquals("async_status", new AsyncStatusModule().name());
    }
}
