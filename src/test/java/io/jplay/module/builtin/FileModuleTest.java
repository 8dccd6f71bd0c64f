package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goldens are ansible-core 2.14 runs in /tmp/m2/t2 (rewritten to the temp dir). */
class FileModuleTest {
    private static final String DIR = "/tmp/m2/t2";
    @TempDir
    Path tmp;

    private Map<String, Object> run(TestModuleContext ctx) throws Exception {
        try {
            return new FileModule().run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    private Map<String, Object> run(Object... args) throws Exception {
        return run(TestModuleContext.of(args));
    }

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    private static String args(String path, String mode, String src, String state) {
        return "\"invocation\": {\"module_args\": {\"_diff_peek\": null, \"_original_basename\": null, \"access_time\": null,"
                + " \"access_time_format\": \"%Y%m%d%H%M.%S\", \"attributes\": null, \"follow\": true, \"force\": false,"
                + " \"group\": null, \"mode\": " + mode + ", \"modification_time\": null, \"modification_time_format\":"
                + " \"%Y%m%d%H%M.%S\", \"owner\": null, \"path\": \"" + path + "\", \"recurse\": false, \"selevel\": null,"
                + " \"serole\": null, \"setype\": null, \"seuser\": null, \"src\": " + src + ", \"state\": \"" + state + "\","
                + " \"unsafe_writes\": false}}";
    }

    private Path file(String name, String perms) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, "");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void touchCreatesTheFileWithModeLikeAnsible() throws Exception {
        FileGolden.assertMatches("{\"changed\": true, \"dest\": \"/tmp/m2/t2/a\", \"diff\": {\"after\": {\"atime\": 1796000182.8497596,"
                + " \"mode\": \"0600\", \"mtime\": 1796000182.8497596, \"path\": \"/tmp/m2/t2/a\", \"state\": \"touch\"}, \"before\":"
                + " {\"atime\": 1796000182.84362, \"mode\": \"0644\", \"mtime\": 1796000182.84362, \"path\": \"/tmp/m2/t2/a\","
                + " \"state\": \"absent\"}}, \"gid\": 0, \"group\": \"root\", " + args(DIR + "/a", "\"0600\"", "null", "touch")
                + ", \"mode\": \"0600\", \"owner\": \"root\", \"size\": 0, \"state\": \"file\", \"uid\": 0}",
                DIR, tmp, run("path", p("a"), "state", "touch", "mode", "0600"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a"))));
    }

    @Test
    void existingFileWithoutChangesLikeAnsible() throws Exception {
        file("a", "rw-------");
        FileGolden.assertMatches("{\"changed\": false, \"diff\": {\"after\": {\"path\": \"/tmp/m2/t2/a\"}, \"before\": {\"path\":"
                + " \"/tmp/m2/t2/a\"}}, \"gid\": 0, \"group\": \"root\", " + args(DIR + "/a", "null", "null", "file")
                + ", \"mode\": \"0600\", \"owner\": \"root\", \"path\": \"/tmp/m2/t2/a\", \"size\": 0, \"state\": \"file\", \"uid\": 0}",
                DIR, tmp, run("path", p("a")));
    }

    @Test
    void symbolicModeChangeLikeAnsible() throws Exception {
        file("a", "rw-------");
        FileGolden.assertMatches("{\"changed\": true, \"diff\": {\"after\": {\"mode\": \"0740\", \"path\": \"/tmp/m2/t2/a\"},"
                + " \"before\": {\"mode\": \"0600\", \"path\": \"/tmp/m2/t2/a\"}}, \"gid\": 0, \"group\": \"root\", "
                + args(DIR + "/a", "\"u+x,g+r\"", "null", "file") + ", \"mode\": \"0740\", \"owner\": \"root\", \"path\":"
                + " \"/tmp/m2/t2/a\", \"size\": 0, \"state\": \"file\", \"uid\": 0}",
                DIR, tmp, run("path", p("a"), "mode", "u+x,g+r"));
    }

    @Test
    void directoryIsCreatedWithParentsLikeAnsible() throws Exception {
        FileGolden.assertMatches("{\"changed\": true, \"diff\": {\"after\": {\"path\": \"/tmp/m2/t2/d/e\", \"state\": \"directory\"},"
                + " \"before\": {\"path\": \"/tmp/m2/t2/d/e\", \"state\": \"absent\"}}, \"gid\": 0, \"group\": \"root\", "
                + args(DIR + "/d/e", "null", "null", "directory") + ", \"mode\": \"0755\", \"owner\": \"root\", \"path\":"
                + " \"/tmp/m2/t2/d/e\", \"size\": 4096, \"state\": \"directory\", \"uid\": 0}",
                DIR, tmp, run("path", p("d/e"), "state", "directory"));
        assertTrue(Files.isDirectory(tmp.resolve("d/e")));
    }

    @Test
    void existingDirectoryIsUnchanged() throws Exception {
        Files.createDirectory(tmp.resolve("d"));
        Map<String, Object> r = run("path", p("d"), "state", "directory");
        assertEquals(false, r.get("changed"));
        assertEquals("directory", r.get("state"));
    }

    @Test
    void absentRemovesTheTreeAndListsItLikeAnsible() throws Exception {
        Files.createDirectories(tmp.resolve("d/e"));
        FileGolden.assertMatches("{\"changed\": true, \"diff\": {\"after\": {\"path\": \"/tmp/m2/t2/d\", \"state\": \"absent\"},"
                + " \"before\": {\"path\": \"/tmp/m2/t2/d\", \"path_content\": {\"directories\": [\"/tmp/m2/t2/d/e\"], \"files\": []},"
                + " \"state\": \"directory\"}}, " + args(DIR + "/d", "null", "null", "absent")
                + ", \"path\": \"/tmp/m2/t2/d\", \"state\": \"absent\"}",
                DIR, tmp, run("path", p("d"), "state", "absent"));
        assertFalse(Files.exists(tmp.resolve("d")));
        FileGolden.assertMatches("{\"changed\": false, " + args(DIR + "/d", "null", "null", "absent")
                + ", \"path\": \"/tmp/m2/t2/d\", \"state\": \"absent\"}", DIR, tmp, run("path", p("d"), "state", "absent"));
    }

    @Test
    void missingFileFailsLikeAnsible() throws Exception {
        FileGolden.assertMatches("{\"changed\": false, \"failed\": true, " + args(DIR + "/nope", "null", "null", "file")
                + ", \"msg\": \"file (/tmp/m2/t2/nope) is absent, cannot continue\", \"path\": \"/tmp/m2/t2/nope\", \"state\": \"absent\"}",
                DIR, tmp, run("path", p("nope"), "state", "file"));
    }

    @Test
    void symlinkIsCreatedOnceLikeAnsible() throws Exception {
        file("a", "rwxr-----");
        String golden = "{\"changed\": CHANGED, \"dest\": \"/tmp/m2/t2/l\", \"diff\": DIFF, \"gid\": 0, \"group\": \"root\", "
                + args(DIR + "/l", "null", "\"a\"", "link") + ", \"mode\": \"0777\", \"owner\": \"root\", \"size\": 1,"
                + " \"src\": \"a\", \"state\": \"link\", \"uid\": 0}";
        FileGolden.assertMatches(golden.replace("CHANGED", "true").replace("DIFF", "{\"after\": {\"path\": \"/tmp/m2/t2/l\", \"state\": \"link\"},"
                + " \"before\": {\"path\": \"/tmp/m2/t2/l\", \"state\": \"absent\"}}"), DIR, tmp,
                run("src", "a", "path", p("l"), "state", "link"));
        FileGolden.assertMatches(golden.replace("CHANGED", "false").replace("DIFF", "{\"after\": {\"path\": \"/tmp/m2/t2/l\"},"
                + " \"before\": {\"path\": \"/tmp/m2/t2/l\"}}"), DIR, tmp,
                run("src", "a", "path", p("l"), "state", "link"));
        assertEquals(Path.of("a"), Files.readSymbolicLink(tmp.resolve("l")));
    }

    @Test
    void badModeFailsWithDetailsLikeAnsible() throws Exception {
        file("a", "rwxr-----");
        FileGolden.assertMatches("{\"changed\": false, \"details\": \"bad symbolic permission for mode: abc\", \"failed\": true,"
                + " \"gid\": 0, \"group\": \"root\", " + args(DIR + "/a", "\"abc\"", "null", "file") + ", \"mode\": \"0740\","
                + " \"msg\": \"mode must be in octal or symbolic form\", \"owner\": \"root\", \"path\": \"/tmp/m2/t2/a\","
                + " \"size\": 0, \"state\": \"file\", \"uid\": 0}", DIR, tmp, run("path", p("a"), "mode", "abc"));
    }

    @Test
    void hardLinkLikeAnsible() throws Exception {
        file("a", "rwxr-----");
        FileGolden.assertMatches("{\"changed\": true, \"dest\": \"/tmp/m2/t2/h\", \"diff\": {\"after\": {\"path\": \"/tmp/m2/t2/h\","
                + " \"state\": \"hard\"}, \"before\": {\"path\": \"/tmp/m2/t2/h\", \"state\": \"absent\"}}, \"gid\": 0, \"group\": \"root\", "
                + args(DIR + "/h", "null", "\"/tmp/m2/t2/a\"", "hard") + ", \"mode\": \"0740\", \"owner\": \"root\", \"size\": 0,"
                + " \"src\": \"/tmp/m2/t2/a\", \"state\": \"hard\", \"uid\": 0}", DIR, tmp,
                run("src", p("a"), "path", p("h"), "state", "hard"));
        assertEquals(false, run("src", p("a"), "path", p("h"), "state", "hard").get("changed"));
    }

    @Test
    void directoryOverAFileFailsLikeAnsible() throws Exception {
        file("a", "rwxr-----");
        Files.createLink(tmp.resolve("h"), tmp.resolve("a"));
        FileGolden.assertMatches("{\"changed\": false, \"failed\": true, \"gid\": 0, \"group\": \"root\", "
                + args(DIR + "/a", "null", "null", "directory") + ", \"mode\": \"0740\", \"msg\": \"/tmp/m2/t2/a already exists"
                + " as a hard\", \"owner\": \"root\", \"path\": \"/tmp/m2/t2/a\", \"size\": 0, \"state\": \"hard\", \"uid\": 0}",
                DIR, tmp, run("path", p("a"), "state", "directory"));
    }

    @Test
    void checkModeChangesNothing() throws Exception {
        Map<String, Object> r = run(TestModuleContext.of("path", p("d"), "state", "directory").checkMode(true));
        assertEquals(true, r.get("changed"));
        assertFalse(Files.exists(tmp.resolve("d")));
        r = run(TestModuleContext.of("path", p("t"), "state", "touch").checkMode(true));
        assertEquals(true, r.get("changed"));
        assertFalse(Files.exists(tmp.resolve("t")));
    }

    @Test
    void linkOverAFileNeedsForce() throws Exception {
        file("a", "rw-r--r--");
        file("b", "rw-r--r--");
        assertEquals("refusing to convert from file to symlink for " + p("b"),
                run("src", "a", "path", p("b"), "state", "link").get("msg"));
        assertEquals(true, run("src", "a", "path", p("b"), "state", "link", "force", true).get("changed"));
        assertTrue(Files.isSymbolicLink(tmp.resolve("b")));
    }

    @Test
    void recurseAppliesModeBelowAndReportsChange() throws Exception {
        Files.createDirectories(tmp.resolve("d/e"));
        file("d/e/f", "rw-------");
        Map<String, Object> r = run("path", p("d"), "state", "directory", "recurse", true, "mode", "0755");
        assertEquals(true, r.get("changed"));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("d/e/f"))));
        assertEquals(false, run("path", p("d"), "state", "directory", "recurse", true, "mode", "0755").get("changed"));
    }

    @Test
    void modificationTimeIsSetFromTheDefaultFormat() throws Exception {
        Path f = file("a", "rw-r--r--");
        Map<String, Object> r = run("path", f.toString(), "modification_time", "202001021530.45");
        assertEquals(true, r.get("changed"));
        java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(Files.getLastModifiedTime(f).toInstant(),
                java.time.ZoneId.systemDefault());
        assertEquals(java.time.LocalDateTime.of(2020, 1, 2, 15, 30, 45), t);
        assertEquals(false, run("path", f.toString(), "modification_time", "202001021530.45").get("changed"));
    }

    @Test
    void symbolicModesFollowAnsiblesRules() throws Exception {
        assertEquals(0754, FileMode.resolve("u=rwx,g=rx,o=r", 0, false));
        assertEquals(0755, FileMode.resolve("a+X", 0644, true));
        assertEquals(0644, FileMode.resolve("a+X", 0644, false));
        assertEquals(0600, FileMode.resolve("go-rwx", 0644, false));
        assertEquals(0664, FileMode.resolve("g=u", 0644, false));
        assertEquals(04755, FileMode.resolve("u+s", 0755, false));
        assertEquals(0644, FileMode.resolve(420L, 0, false));
    }
}
