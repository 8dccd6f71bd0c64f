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

    record Ctx(Map<String, Object> args, Map<String, Object> vars, boolean checkMode, Connection connection)
            implements ModuleContext {
        Ctx(Map<String, Object> args, Map<String, Object> vars, boolean checkMode) {
            this(args, vars, checkMode, new LocalConnection(null));
        }

        @Override
        public String hostName() {
            return "h";
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
        assertTrue(bad.getMessage().contains("status, cleanup"), bad.getMessage());
        assertThrows(ModuleException.class, () -> m.run(new Ctx(Map.of("jid", "x", "foo", 1), Map.of(), false)));
    }

    /** Counts the commands sent through a real local connection. */
    static final class CountingConnection implements Connection {
        final LocalConnection local = new LocalConnection(null);
        int execs;

        @Override
        public io.jplay.connection.ExecResult exec(io.jplay.connection.ExecRequest request)
                throws io.jplay.connection.ConnectionException {
            execs++;
            return local.exec(request);
        }

        @Override
        public void put(byte[] content, String remotePath, int mode) throws io.jplay.connection.ConnectionException {
            local.put(content, remotePath, mode);
        }

        @Override
        public void fetch(String remotePath, Path localPath) throws io.jplay.connection.ConnectionException {
            local.fetch(remotePath, localPath);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theJobsOfOneHostAreReadWithOneExecAndAnsweredAsSingleRunsWould() throws Exception {
        Files.writeString(tmp.resolve("j1.1"), "{\"changed\": true, \"rc\": 0, \"stdout\": \"one\"}");
        Files.writeString(tmp.resolve("j2.2"), "{\"started\": 1, \"finished\": 0, \"ansible_job_id\": \"j2.2\"}");
        Files.writeString(tmp.resolve("j3.3"), "{\"changed\": true, \"rc\": 2, \"failed\": true,\n\"stdout\": \"\"}\n");
        AsyncStatusModule module = new AsyncStatusModule(tmp.toString());
        CountingConnection counting = new CountingConnection();
        java.util.List<Map<String, Object>> items = java.util.List.of(Map.of("jid", "j1.1"), Map.of("jid", "j2.2"),
                Map.of("jid", "j9.9"), Map.of("jid", "j3.3"), Map.of("jid", "j1.1", "mode", "cleanup"));
        java.util.List<Map<String, Object>> batch = module.runBatch(new Ctx(Map.of(), Map.of(), false, counting), items);
        assertEquals(1, counting.execs);
        for (int i = 0; i < 4; i++) {
            assertEquals(module.run(new Ctx(items.get(i), Map.of(), false)), batch.get(i), "item " + i);
        }
        assertEquals(null, batch.get(4), "cleanup is left to the item's own run");
        assertEquals("one", batch.get(0).get("stdout"));
        assertEquals(0L, batch.get(1).get("finished"));
        assertEquals("could not find job", batch.get(2).get("msg"));
    }

    @Test
    void declaresCheckModeButNotAsync() {
        assertTrue(new AsyncStatusModule().supportsCheckMode());
        assertEquals(false, new AsyncStatusModule().supportsAsync());
        assertEquals("async_status", new AsyncStatusModule().name());
    }
}
