package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goldens are ansible-core 2.14 runs in /tmp/m2/t3 (rewritten to the temp dir). */
class CopyModuleTest {
    private static final String DIR = "/tmp/m2/t3";
    @TempDir
    Path tmp;

    private static Map<String, Object> run(Module module, ModuleContext ctx) throws Exception {
        try {
            return module.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    private TestModuleContext ctx(Object... args) {
        return TestModuleContext.of(args).baseDir(tmp);
    }

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    /** The keys that name jplay's or Ansible's temp files differ by design; the rest must match. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutTempNames(Map<String, Object> r) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(r);
        copy.remove("src");
        copy.remove("invocation");
        if (copy.get("diff") instanceof List<?> list) {
            Map<String, Object> d = new java.util.LinkedHashMap<>((Map<String, Object>) list.get(0));
            d.remove("after_header");
            copy.put("diff", List.of(d));
        }
        return copy;
    }

    @Test
    void newContentIsWrittenLikeAnsible() throws Exception {
        Map<String, Object> r = run(new CopyModule(), ctx("content", "abc\n", "dest", p("out1"), "mode", "0600").diffMode(true));
        FileGolden.assertMatches("{\"changed\": true, \"checksum\": \"03cfd743661f07975fa2f1220c5194cbaff48451\","
                + " \"dest\": \"/tmp/m2/t3/out1\", \"diff\": [{\"after\": \"abc\\n\", \"before\": \"\"}], \"gid\": 0,"
                + " \"group\": \"root\", \"md5sum\": \"0bee89b07a248e27c83fc3d5951213c1\", \"mode\": \"0600\", \"owner\": \"root\","
                + " \"size\": 4, \"state\": \"file\", \"uid\": 0}", DIR, tmp, withoutTempNames(r));
        assertEquals("abc\n", Files.readString(tmp.resolve("out1")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("out1"))));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temp file is left behind");
        }
    }

    @Test
    void sameContentRunsTheFileModuleLikeAnsible() throws Exception {
        Files.writeString(tmp.resolve("out1"), "abc\n");
        Files.setPosixFilePermissions(tmp.resolve("out1"), PosixFilePermissions.fromString("rw-------"));
        Map<String, Object> r = run(new CopyModule(), ctx("content", "abc\n", "dest", p("out1"), "mode", "0600"));
        Map<String, Object> inv = new java.util.LinkedHashMap<>(r);
        inv.remove("invocation");
        FileGolden.assertMatches("{\"changed\": false, \"checksum\": \"03cfd743661f07975fa2f1220c5194cbaff48451\", \"dest\":"
                + " \"/tmp/m2/t3/out1\", \"diff\": {\"after\": {\"path\": \"/tmp/m2/t3/out1\"}, \"before\": {\"path\":"
                + " \"/tmp/m2/t3/out1\"}}, \"gid\": 0, \"group\": \"root\", \"mode\": \"0600\", \"owner\": \"root\", \"path\":"
                + " \"/tmp/m2/t3/out1\", \"size\": 4, \"state\": \"file\", \"uid\": 0}", DIR, tmp, inv);
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) ((Map<String, Object>) r.get("invocation")).get("module_args");
        assertEquals(p("out1"), args.get("dest"));
        assertEquals(p("out1"), args.get("path"));
        assertEquals("file", args.get("state"));
    }

    @Test
    void controllerFileFromFilesDirAndBackup() throws Exception {
        Files.createDirectories(tmp.resolve("files"));
        Files.writeString(tmp.resolve("files/src.txt"), "hello\n");
        Map<String, Object> r = run(new CopyModule(), ctx("src", "src.txt", "dest", p("out2")).diffMode(true));
        FileGolden.assertMatches("{\"changed\": true, \"checksum\": \"f572d396fae9206628714fb2ce00f72e94f2258f\", \"dest\":"
                + " \"/tmp/m2/t3/out2\", \"diff\": [{\"after\": \"hello\\n\", \"before\": \"\"}], \"gid\": 0, \"group\": \"root\","
                + " \"md5sum\": \"b1946ac92492d2347c6235b4d2611184\", \"mode\": \"0644\", \"owner\": \"root\", \"size\": 6,"
                + " \"state\": \"file\", \"uid\": 0}", DIR, tmp, withoutTempNames(r));
        r = run(new CopyModule(), ctx("content", "new\n", "dest", p("out2"), "backup", true).diffMode(true));
        String backup = (String) r.remove("backup_file");
        assertTrue(backup.matches(java.util.regex.Pattern.quote(p("out2")) + "\\.\\d+\\.\\d{4}-\\d\\d-\\d\\d@\\d\\d:\\d\\d:\\d\\d~"), backup);
        assertEquals("hello\n", Files.readString(Path.of(backup)));
        FileGolden.assertMatches("{\"changed\": true, \"checksum\": \"389cc6b7ae5a659383eab5dfc253764eccf84732\", \"dest\":"
                + " \"/tmp/m2/t3/out2\", \"diff\": [{\"after\": \"new\\n\", \"before\": \"hello\\n\", \"before_header\":"
                + " \"/tmp/m2/t3/out2\"}], \"gid\": 0, \"group\": \"root\", \"md5sum\": \"9cd599a3523898e6a12e13ec787da50a\","
                + " \"mode\": \"0644\", \"owner\": \"root\", \"size\": 4, \"state\": \"file\", \"uid\": 0}", DIR, tmp, withoutTempNames(r));
    }

    @Test
    void directoryDestGetsTheSourceName() throws Exception {
        Files.writeString(tmp.resolve("src.txt"), "hello\n");
        Files.createDirectory(tmp.resolve("d"));
        Map<String, Object> r = run(new CopyModule(), ctx("src", "src.txt", "dest", p("d") + "/"));
        assertEquals(p("d/src.txt"), r.get("dest"));
        assertEquals("hello\n", Files.readString(tmp.resolve("d/src.txt")));
    }

    @Test
    void missingSourceFailsWithAnsiblesSearchList() throws Exception {
        String base = tmp.toAbsolutePath().toString();
        assertEquals("Could not find or access 'nope.txt'\nSearched in:\n\t" + base + "/files/nope.txt\n\t" + base
                + "/nope.txt\n\t" + base + "/files/nope.txt\n\t" + base + "/nope.txt on the Ansible Controller.\n"
                + "If you are using a module and expect the file to exist on the remote, see the remote_src option",
                run(new CopyModule(), ctx("src", "nope.txt", "dest", p("x"))).get("msg"));
    }

    @Test
    void forceNoLeavesAnExistingFile() throws Exception {
        Files.writeString(tmp.resolve("out1"), "abc\n");
        Map<String, Object> r = run(new CopyModule(), ctx("content", "zzz", "dest", p("out1"), "force", "no"));
        assertEquals(false, r.get("changed"));
        assertEquals(p("out1"), r.get("dest"));
        assertEquals("abc\n", Files.readString(tmp.resolve("out1")));
    }

    @Test
    void argumentErrorsUseAnsiblesMessages() throws Exception {
        assertEquals("dest is required", run(new CopyModule(), ctx("content", "abc")).get("msg"));
        assertEquals("src (or content) is required", run(new CopyModule(), ctx("dest", p("x"))).get("msg"));
        assertEquals("src and content are mutually exclusive",
                run(new CopyModule(), ctx("src", "a", "content", "b", "dest", p("x"))).get("msg"));
    }

    @Test
    void checkModeReportsAChangeWithoutWriting() throws Exception {
        Map<String, Object> r = run(new CopyModule(), ctx("content", "abc", "dest", p("out")).checkMode(true));
        assertEquals(true, r.get("changed"));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void failedValidationKeepsTheOldFile() throws Exception {
        Files.writeString(tmp.resolve("out"), "old\n");
        Map<String, Object> r = run(new CopyModule(), ctx("content", "new\n", "dest", p("out"), "validate", "false %s"));
        assertEquals("failed to validate", r.get("msg"));
        assertEquals(1, r.get("exit_status"));
        assertEquals("old\n", Files.readString(tmp.resolve("out")));
        assertEquals(true, run(new CopyModule(), ctx("content", "new\n", "dest", p("out"), "validate", "test -s %s")).get("changed"));
        assertEquals("new\n", Files.readString(tmp.resolve("out")));
    }

    @Test
    void remoteSourceIsCopiedOnTheTarget() throws Exception {
        Files.writeString(tmp.resolve("a"), "remote\n");
        Map<String, Object> r = run(new CopyModule(), ctx("src", p("a"), "dest", p("b"), "remote_src", true));
        assertEquals(true, r.get("changed"));
        assertEquals("remote\n", Files.readString(tmp.resolve("b")));
        assertEquals(false, run(new CopyModule(), ctx("src", p("a"), "dest", p("b"), "remote_src", true)).get("changed"));
    }

    @Test
    void templateRendersHostVarsFromTemplatesDirLikeAnsible() throws Exception {
        Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("templates/t.j2"), "x={{ x }}\n");
        Map<String, Object> r = run(new TemplateModule(), ctx("src", "t.j2", "dest", p("tout")).var("x", 5L).diffMode(true));
        FileGolden.assertMatches("{\"changed\": true, \"checksum\": \"ff2db75bce78e5ec22e2093e36b7ee1317f8aa29\", \"dest\":"
                + " \"/tmp/m2/t3/tout\", \"diff\": [{\"after\": \"x=5\\n\", \"before\": \"\"}], \"gid\": 0, \"group\": \"root\","
                + " \"md5sum\": \"f86ba96036257b98018637fe03b73452\", \"mode\": \"0644\", \"owner\": \"root\", \"size\": 4,"
                + " \"state\": \"file\", \"uid\": 0}", DIR, tmp, withoutTempNames(r));
        Map<String, Object> again = run(new TemplateModule(), ctx("src", "t.j2", "dest", p("tout")).var("x", 5L));
        assertEquals(false, again.get("changed"));
        assertEquals("ff2db75bce78e5ec22e2093e36b7ee1317f8aa29", again.get("checksum"));
    }

    @Test
    void templateNewlineSequenceIsApplied() throws Exception {
        Files.writeString(tmp.resolve("t.j2"), "a\nb\n");
        run(new TemplateModule(), ctx("src", "t.j2", "dest", p("out"), "newline_sequence", "\r\n"));
        assertEquals("a\r\nb\r\n", Files.readString(tmp.resolve("out")));
    }
}
