package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatModuleTest {
    private static final String GOLDEN_DIR = "/tmp/m2/t";
    @TempDir
    Path tmp;

    private Map<String, Object> run(Object... args) throws Exception {
        try {
            return new StatModule().run(TestModuleContext.of(args));
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    private Path file() throws Exception {
        Path f = tmp.resolve("f.txt");
        Files.writeString(f, "hello\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        return f;
    }

    @Test
    void regularFileMatchesAnsible() throws Exception {
        Path f = file();
        FileGolden.assertMatches("{\"changed\": false, \"invocation\": {\"module_args\": {\"checksum_algorithm\": \"sha1\","
                + " \"follow\": false, \"get_attributes\": true, \"get_checksum\": true, \"get_md5\": false,"
                + " \"get_mime\": false, \"path\": \"/tmp/m2/t/f.txt\"}}, \"stat\": {\"atime\": 1796000155.6196191,"
                + " \"attr_flags\": \"e\", \"attributes\": [\"extents\"], \"block_size\": 4096, \"blocks\": 8,"
                + " \"checksum\": \"f572d396fae9206628714fb2ce00f72e94f2258f\", \"ctime\": 1796000153.007619, \"dev\": 65024,"
                + " \"device_type\": 0, \"executable\": false, \"exists\": true, \"gid\": 0, \"gr_name\": \"root\","
                + " \"inode\": 2147648, \"isblk\": false, \"ischr\": false, \"isdir\": false, \"isfifo\": false,"
                + " \"isgid\": false, \"islnk\": false, \"isreg\": true, \"issock\": false, \"isuid\": false, \"mode\": \"0644\","
                + " \"mtime\": 1796000153.007619, \"nlink\": 1, \"path\": \"/tmp/m2/t/f.txt\", \"pw_name\": \"root\","
                + " \"readable\": true, \"rgrp\": true, \"roth\": true, \"rusr\": true, \"size\": 6, \"uid\": 0,"
                + " \"version\": \"2176309744\", \"wgrp\": false, \"woth\": false, \"writeable\": true, \"wusr\": true,"
                + " \"xgrp\": false, \"xoth\": false, \"xusr\": false}}",
                GOLDEN_DIR, tmp, run("path", f.toString(), "get_mime", false));
    }

    @Test
    void missingPathMatchesAnsible() throws Exception {
        FileGolden.assertMatches("{\"changed\": false, \"invocation\": {\"module_args\": {\"checksum_algorithm\": \"sha1\","
                + " \"follow\": false, \"get_attributes\": true, \"get_checksum\": true, \"get_md5\": false,"
                + " \"get_mime\": true, \"path\": \"/tmp/m2/t/missing\"}}, \"stat\": {\"exists\": false}}",
                GOLDEN_DIR, tmp, run("path", tmp.resolve("missing").toString()));
    }

    @Test
    void symlinkIsReportedWithoutFollowing() throws Exception {
        Path f = file();
        Files.createSymbolicLink(tmp.resolve("lnk"), Path.of("f.txt"));
        @SuppressWarnings("unchecked")
        Map<String, Object> stat = (Map<String, Object>) run("path", tmp.resolve("lnk").toString()).get("stat");
        assertEquals(true, stat.get("islnk"));
        assertEquals("f.txt", stat.get("lnk_target"));
        assertEquals(f.toRealPath().toString(), stat.get("lnk_source"));
        assertEquals("0777", stat.get("mode"));
        assertEquals(5L, stat.get("size"));
        assertEquals("", stat.get("attr_flags"));
        assertEquals(null, stat.get("version"));
        assertTrue(!stat.containsKey("checksum"));
    }

    @Test
    void followReportsTheTarget() throws Exception {
        file();
        Files.createSymbolicLink(tmp.resolve("lnk"), Path.of("f.txt"));
        @SuppressWarnings("unchecked")
        Map<String, Object> stat = (Map<String, Object>) run("path", tmp.resolve("lnk").toString(), "follow", true).get("stat");
        assertEquals(true, stat.get("isreg"));
        assertEquals("f572d396fae9206628714fb2ce00f72e94f2258f", stat.get("checksum"));
    }

    @Test
    void directoryIsExecutableAndHasNoChecksum() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> stat = (Map<String, Object>) run("path", tmp.toString()).get("stat");
        assertEquals(true, stat.get("isdir"));
        assertEquals(true, stat.get("executable"));
        assertTrue(!stat.containsKey("checksum"));
    }

    @Test
    void otherChecksumAlgorithmsAndMd5() throws Exception {
        Path f = file();
        @SuppressWarnings("unchecked")
        Map<String, Object> stat = (Map<String, Object>) run("path", f.toString(), "checksum_algorithm", "sha256",
                "get_md5", true).get("stat");
        assertEquals("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", stat.get("checksum"));
        assertEquals("b1946ac92492d2347c6235b4d2611184", stat.get("md5"));
    }

    @Test
    void missingPathArgumentIsRejected() throws Exception {
        assertEquals("missing required arguments: path", run().get("msg"));
    }

    @Test
    void badAlgorithmIsRejectedWithAnsiblesMessage() throws Exception {
        assertEquals("value of checksum_algorithm must be one of: md5, sha1, sha224, sha256, sha384, sha512, got: crc",
                run("path", "/", "checksum_algorithm", "crc").get("msg"));
    }

    @Test
    void tildeAndVariablesExpandOnTheTargetAsAnsiblesPathType() throws Exception {
        String home = System.getenv("HOME");
        Map<String, Object> r = run("path", "~", "get_mime", false);
        assertEquals(home, ((Map<?, ?>) r.get("stat")).get("path"));
        assertEquals(home, ((Map<?, ?>) ((Map<?, ?>) r.get("invocation")).get("module_args")).get("path"));
        Map<String, Object> viaVar = run("path", "$HOME", "get_mime", false);
        assertEquals(true, ((Map<?, ?>) viaVar.get("stat")).get("isdir"));
        Map<String, Object> unset = run("path", "~/$JPLAY_UNSET_VARIABLE_X", "get_mime", false);
        assertEquals(false, ((Map<?, ?>) unset.get("stat")).get("exists"));
        assertEquals(home + "/$JPLAY_UNSET_VARIABLE_X",
                ((Map<?, ?>) ((Map<?, ?>) unset.get("invocation")).get("module_args")).get("path"));
    }
}
