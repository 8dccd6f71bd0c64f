package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.Golden;
import io.jplay.module.Module;
import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slurp, tempfile, fetch, script and wait_for; goldens are ansible-core 2.14 runs in /tmp/m2/t5. */
class TargetFileModulesTest {
    private static final String DIR = "/tmp/m2/t5";
    @TempDir
    Path tmp;

    private static Map<String, Object> run(Module module, TestModuleContext ctx) throws Exception {
        try {
            return module.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    private TestModuleContext ctx(Object... args) {
        return TestModuleContext.of(args).baseDir(tmp);
    }

    private Path file(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void slurpEncodesLikeAnsible() throws Exception {
        Path f = file("f", "hi\n");
        FileGolden.assertMatches("{\"changed\": false, \"content\": \"aGkK\", \"encoding\": \"base64\", \"invocation\":"
                + " {\"module_args\": {\"src\": \"/tmp/m2/t5/f\"}}, \"source\": \"/tmp/m2/t5/f\"}", DIR, tmp,
                run(new SlurpModule(), ctx("src", f.toString())));
    }

    @Test
    void slurpOfAMissingFileFailsLikeAnsible() throws Exception {
        FileGolden.assertMatches("{\"changed\": false, \"failed\": true, \"invocation\": {\"module_args\": {\"src\":"
                + " \"/tmp/m2/t5/nope\"}}, \"msg\": \"file not found: /tmp/m2/t5/nope\"}", DIR, tmp,
                withChanged(run(new SlurpModule(), ctx("src", tmp.resolve("nope").toString()))));
        assertEquals("source is a directory and must be a file: " + tmp,
                run(new SlurpModule(), ctx("src", tmp.toString())).get("msg"));
    }

    private static Map<String, Object> withChanged(Map<String, Object> r) {
        r.putIfAbsent("changed", false);
        return r;
    }

    @Test
    void tempfileMakesAPrivateFileWithSuffix() throws Exception {
        Map<String, Object> r = run(new TempfileModule(), ctx("path", tmp.toString(), "suffix", ".x"));
        String path = (String) r.get("path");
        assertTrue(path.matches(java.util.regex.Pattern.quote(tmp.toString()) + "/ansible\\.[A-Za-z0-9]{8}\\.x"), path);
        assertEquals("0600", r.get("mode"));
        assertEquals("file", r.get("state"));
        assertEquals(true, r.get("changed"));
        assertEquals(Map.of("module_args", Map.of("path", tmp.toString(), "prefix", "ansible.", "state", "file", "suffix", ".x")),
                r.get("invocation"));
        Map<String, Object> d = run(new TempfileModule(), ctx("path", tmp.toString(), "state", "directory"));
        assertEquals("0700", d.get("mode"));
        assertTrue(Files.isDirectory(Path.of((String) d.get("path"))));
    }

    @Test
    void fetchStoresUnderHostNameThenReportsUnchangedLikeAnsible() throws Exception {
        Path f = file("f", "hi\n");
        Map<String, Object> r = run(new FetchModule(), ctx("src", f.toString(), "dest", tmp.resolve("fetched").toString()));
        Path stored = tmp.resolve("fetched/localhost" + f);
        Golden.assertMatches("{\"changed\": true, \"checksum\": \"55ca6286e3e4f4fba5d0448333fa99fc5a404a73\", \"dest\": \""
                + stored + "\", \"md5sum\": \"764efa883dda1e11db47671c4a3bbd9e\", \"remote_checksum\":"
                + " \"55ca6286e3e4f4fba5d0448333fa99fc5a404a73\", \"remote_md5sum\": null}", r);
        assertEquals("hi\n", Files.readString(stored));
        Golden.assertMatches("{\"changed\": false, \"checksum\": \"55ca6286e3e4f4fba5d0448333fa99fc5a404a73\", \"dest\": \""
                + stored + "\", \"file\": \"" + f + "\", \"md5sum\": \"764efa883dda1e11db47671c4a3bbd9e\"}",
                run(new FetchModule(), ctx("src", f.toString(), "dest", tmp.resolve("fetched").toString())));
    }

    @Test
    void fetchFlatAndMissingSource() throws Exception {
        Path f = file("f", "hi\n");
        Map<String, Object> r = run(new FetchModule(), ctx("src", f.toString(), "dest", tmp.resolve("out") + "/", "flat", true));
        assertEquals(tmp.resolve("out/f").toString(), r.get("dest"));
        FileGolden.assertMatches("{\"changed\": false, \"failed\": true, \"invocation\": {\"module_args\": {\"src\":"
                + " \"/tmp/m2/t5/nope\"}}, \"msg\": \"the remote file does not exist, not transferring, ignored\"}", DIR, tmp,
                run(new FetchModule(), ctx("src", tmp.resolve("nope").toString(), "dest", tmp.toString())));
    }

    @Test
    void scriptRunsWithArgsLikeAnsible() throws Exception {
        Files.createDirectories(tmp.resolve("files"));
        file("files/s.sh", "#!/bin/sh\necho \"args: $@\"\necho err >&2\n");
        Golden.assertMatches("{\"changed\": true, \"rc\": 0, \"stderr\": \"err\\n\", \"stderr_lines\": [\"err\"], \"stdout\":"
                + " \"args: a b\\n\", \"stdout_lines\": [\"args: a b\"]}", run(new ScriptModule(), ctx("_raw_params", "s.sh a b")));
    }

    @Test
    void scriptIsSkippedWhenCreatesExistsLikeAnsible() throws Exception {
        file("s.sh", "#!/bin/sh\nexit 3\n");
        Path f = file("f", "");
        Golden.assertMatches("{\"changed\": false, \"msg\": \"" + f + " exists, matching creates option\", \"skipped\": true}",
                run(new ScriptModule(), ctx("_raw_params", "s.sh", "creates", f.toString())));
        Map<String, Object> failed = run(new ScriptModule(), ctx("_raw_params", "s.sh", "chdir", tmp.toString()));
        assertEquals(3, failed.get("rc"));
        assertEquals(true, failed.get("failed"));
    }

    @Test
    void scriptLeavesNoTempDirBehind() throws Exception {
        file("s.sh", "#!/bin/sh\necho \"$0\"\n");
        Map<String, Object> r = run(new ScriptModule(), ctx("_raw_params", "s.sh", "executable", "/bin/sh"));
        String used = ((String) r.get("stdout")).strip();
        assertTrue(used.endsWith("/s.sh"), used);
        assertFalse(Files.exists(Path.of(used).getParent()));
    }

    @Test
    void waitForAnExistingPathLikeAnsible() throws Exception {
        Path f = file("f", "hi\n");
        Map<String, Object> r = run(new WaitForModule(), ctx("path", f.toString(), "timeout", 2));
        FileGolden.assertMatches("{\"changed\": false, \"elapsed\": 0, \"gid\": 0, \"group\": \"root\", \"invocation\":"
                + " {\"module_args\": {\"active_connection_states\": [\"ESTABLISHED\", \"FIN_WAIT1\", \"FIN_WAIT2\", \"SYN_RECV\","
                + " \"SYN_SENT\", \"TIME_WAIT\"], \"connect_timeout\": 5, \"delay\": 0, \"exclude_hosts\": null, \"host\":"
                + " \"127.0.0.1\", \"msg\": null, \"path\": \"/tmp/m2/t5/f\", \"port\": null, \"search_regex\": null, \"sleep\": 1,"
                + " \"state\": \"started\", \"timeout\": 2}}, \"match_groupdict\": {}, \"match_groups\": [], \"mode\": \"0644\","
                + " \"owner\": \"root\", \"path\": \"/tmp/m2/t5/f\", \"port\": null, \"search_regex\": null, \"size\": 3,"
                + " \"state\": \"file\", \"uid\": 0}", DIR, tmp, r);
    }

    @Test
    void waitForTimesOutOnAMissingPathLikeAnsible() throws Exception {
        Map<String, Object> r = run(new WaitForModule(), ctx("path", tmp.resolve("nope").toString(), "timeout", 1));
        assertEquals("Timeout when waiting for file " + tmp.resolve("nope"), r.get("msg"));
        assertEquals(1L, r.get("elapsed"));
        Map<String, Object> absent = run(new WaitForModule(), ctx("path", tmp.resolve("nope").toString(), "state", "absent",
                "timeout", 1));
        assertEquals("absent", absent.get("state"));
        assertEquals(false, absent.containsKey("failed"));
    }

    @Test
    void waitForFindsAListeningPortAndSearchRegexGroups() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Map<String, Object> r = run(new WaitForModule(), ctx("port", server.getLocalPort(), "timeout", 3));
            assertEquals(null, r.get("failed"), String.valueOf(r.get("msg")));
            assertEquals((long) server.getLocalPort(), r.get("port"));
        }
        Path f = file("f", "ready on 8080\n");
        Map<String, Object> r = run(new WaitForModule(), ctx("path", f.toString(), "search_regex", "ready on (\\d+)", "timeout", 2));
        assertEquals(List.of("8080"), r.get("match_groups"));
    }

    @Test
    void procNetTcpParsingOnlyCountsListeners() {
        String proc = "  sl  local_address rem_address   st\n   0: 0100007F:1F90 00000000:0000 0A 0\n"
                + "   1: 0100007F:0016 0100007F:9C40 01 0\n";
        assertTrue(WaitForModule.listening(proc, 8080));
        assertFalse(WaitForModule.listening(proc, 22));
    }
}
