package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goldens are ansible-core 2.14 runs with --diff in /tmp/m2/t4 (rewritten to the temp dir). */
class LineInFileModuleTest {
    private static final String DIR = "/tmp/m2/t4";
    @TempDir
    Path tmp;

    private static Map<String, Object> run(ModuleContext ctx) throws Exception {
        try {
            return new LineInFileModule().run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    private Map<String, Object> runDiff(Object... args) throws Exception {
        return run(TestModuleContext.of(args).diffMode(true));
    }

    private String f() {
        return tmp.resolve("f").toString();
    }

    private static String args(String path, String extra) {
        String base = "\"attributes\": null, \"backrefs\": false, \"backup\": false, \"create\": false, \"firstmatch\": false,"
                + " \"group\": null, \"insertafter\": null, \"insertbefore\": null, \"line\": null, \"mode\": null, \"owner\": null,"
                + " \"path\": \"" + path + "\", \"regexp\": null, \"search_string\": null, \"selevel\": null, \"serole\": null,"
                + " \"setype\": null, \"seuser\": null, \"state\": \"present\", \"unsafe_writes\": false, \"validate\": null";
        for (String kv : extra.split(";")) {
            if (!kv.isEmpty()) {
                String key = kv.substring(0, kv.indexOf('='));
                base = base.replaceFirst("\"" + key + "\": [^,]*", Matcher.quoteReplacement("\"" + key + "\": " + kv.substring(kv.indexOf('=') + 1)));
            }
        }
        return "\"invocation\": {\"module_args\": {" + base + "}}";
    }

    private static String diff(String path, String before, String after) {
        return "\"diff\": [{\"after\": \"" + after + "\", \"after_header\": \"" + path + " (content)\", \"before\": \"" + before
                + "\", \"before_header\": \"" + path + " (content)\"}, {\"after_header\": \"" + path + " (file attributes)\","
                + " \"before_header\": \"" + path + " (file attributes)\"}]";
    }

    @Test
    void addsAtTheEndThenLeavesItLikeAnsible() throws Exception {
        Files.writeString(tmp.resolve("f"), "a\nb\nc\n");
        FileGolden.assertMatches("{\"backup\": \"\", \"changed\": true, " + diff(DIR + "/f", "a\\nb\\nc\\n", "a\\nb\\nc\\nd\\n") + ", "
                + args(DIR + "/f", "line=\"d\"") + ", \"msg\": \"line added\"}", DIR, tmp, runDiff("path", f(), "line", "d"));
        FileGolden.assertMatches("{\"backup\": \"\", \"changed\": false, " + diff(DIR + "/f", "a\\nb\\nc\\nd\\n", "a\\nb\\nc\\nd\\n") + ", "
                + args(DIR + "/f", "line=\"d\"") + ", \"msg\": \"\"}", DIR, tmp, runDiff("path", f(), "line", "d"));
        assertEquals("a\nb\nc\nd\n", Files.readString(tmp.resolve("f")));
    }

    @Test
    void replacesTheMatchedLineLikeAnsible() throws Exception {
        Files.writeString(tmp.resolve("f"), "a\nb\nc\nd\n");
        FileGolden.assertMatches("{\"backup\": \"\", \"changed\": true, " + diff(DIR + "/f", "a\\nb\\nc\\nd\\n", "a\\nB\\nc\\nd\\n") + ", "
                + args(DIR + "/f", "line=\"B\";regexp=\"^b\"") + ", \"msg\": \"line replaced\"}", DIR, tmp,
                runDiff("path", f(), "regexp", "^b", "line", "B"));
    }

    @Test
    void removesMatchingLinesLikeAnsible() throws Exception {
        Files.writeString(tmp.resolve("f"), "a\nB\nc\nd\n");
        FileGolden.assertMatches("{\"backup\": \"\", \"changed\": true, " + diff(DIR + "/f", "a\\nB\\nc\\nd\\n", "B\\nd\\n") + ", \"found\": 2, "
                + args(DIR + "/f", "regexp=\"^[ac]\";state=\"absent\"") + ", \"msg\": \"2 line(s) removed\"}", DIR, tmp,
                runDiff("path", f(), "regexp", "^[ac]", "state", "absent"));
        assertEquals("B\nd\n", Files.readString(tmp.resolve("f")));
    }

    @Test
    void missingFileFailsWithRc257LikeAnsible() throws Exception {
        FileGolden.assertMatches("{\"changed\": false, \"failed\": true, " + args(DIR + "/nope", "line=\"x\"")
                + ", \"msg\": \"Destination /tmp/m2/t4/nope does not exist !\", \"rc\": 257}", DIR, tmp,
                runDiff("path", tmp.resolve("nope").toString(), "line", "x"));
    }

    @Test
    void createsWithModeLikeAnsible() throws Exception {
        String path = DIR + "/new";
        FileGolden.assertMatches("{\"backup\": \"\", \"changed\": true, \"diff\": [{\"after\": \"x\\n\", \"after_header\": \""
                + path + " (content)\", \"before\": \"\", \"before_header\": \"" + path + " (content)\"}, {\"after\": {\"mode\": \"0600\"},"
                + " \"after_header\": \"" + path + " (file attributes)\", \"before\": {\"mode\": \"0644\"}, \"before_header\": \""
                + path + " (file attributes)\"}], " + args(path, "create=true;line=\"x\";mode=\"0600\"")
                + ", \"msg\": \"line added and ownership, perms or SE linux context changed\"}", DIR, tmp,
                runDiff("path", tmp.resolve("new").toString(), "line", "x", "create", true, "mode", "0600"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("new"))));
        assertEquals("x\n", Files.readString(tmp.resolve("new")));
    }

    @Test
    void insertBeforeBofAndAfterARegexLikeAnsible() throws Exception {
        Files.writeString(tmp.resolve("f"), "B\nd\n");
        assertEquals("line added", runDiff("path", f(), "line", "top", "insertbefore", "BOF").get("msg"));
        assertEquals("line added", runDiff("path", f(), "line", "afterB", "insertafter", "^B").get("msg"));
        assertEquals("top\nB\nafterB\nd\n", Files.readString(tmp.resolve("f")));
        assertEquals(false, runDiff("path", f(), "line", "afterB", "insertafter", "^B").get("changed"));
    }

    @Test
    void lineIsRequiredWithStatePresent() throws Exception {
        Files.writeString(tmp.resolve("f"), "a\n");
        assertEquals("line is required with state=present", runDiff("path", f(), "regexp", "x").get("msg"));
        assertEquals("parameters are mutually exclusive: insertbefore|insertafter",
                runDiff("path", f(), "line", "x", "insertbefore", "a", "insertafter", "b").get("msg"));
    }

    @Test
    void backrefsExpandGroupsAndLeaveUnmatchedFilesAlone() throws Exception {
        Files.writeString(tmp.resolve("f"), "port=80\n");
        assertEquals("line replaced", runDiff("path", f(), "regexp", "^port=(\\d+)", "line", "port=\\g<1>0", "backrefs", true).get("msg"));
        assertEquals("port=800\n", Files.readString(tmp.resolve("f")));
        assertEquals(false, runDiff("path", f(), "regexp", "^nomatch", "line", "x", "backrefs", true).get("changed"));
    }

    @Test
    void backupKeepsTheOldContent() throws Exception {
        Files.writeString(tmp.resolve("f"), "a\n");
        String backup = (String) runDiff("path", f(), "line", "b", "backup", true).get("backup");
        assertTrue(backup.startsWith(f() + "."), backup);
        assertEquals("a\n", Files.readString(Path.of(backup)));
    }

    @Test
    void checkModeLeavesTheFile() throws Exception {
        Files.writeString(tmp.resolve("f"), "a\n");
        Map<String, Object> r = run(TestModuleContext.of("path", f(), "line", "b").checkMode(true));
        assertEquals(true, r.get("changed"));
        assertEquals("a\n", Files.readString(tmp.resolve("f")));
    }

    @Test
    void lastLineWithoutNewlineGetsOneBeforeTheAddition() {
        LineEdit.Outcome o = LineEdit.present(LineEdit.readlines("a\nb"), null, null, "c", null, null, false, false);
        assertEquals(List.of("a\n", "b", "\n", "c\n"), o.lines());
    }
}
