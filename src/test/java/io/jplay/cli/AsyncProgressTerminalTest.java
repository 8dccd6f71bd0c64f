package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.ShellQuote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live async progress line, seen through a real pseudo terminal ({@code script}): it appears
 * while jobs are polled, every trace of it is erased, it can be turned off, and it never appears
 * when stdout is a pipe.
 */
class AsyncProgressTerminalTest {
    private static final String ERASE = "\r\u001b[K";

    @TempDir
    Path dir;

    private void write() throws Exception {
        Files.writeString(dir.resolve("inv"), "h1 ansible_connection=local\nh2 ansible_connection=local\n");
        Files.writeString(dir.resolve("async.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - command: sleep 2
                      async: 10
                      poll: 1
                    - debug: msg=after
                """);
    }

    private String jplay(boolean onTerminal, Map<String, String> extraEnv, String... args) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-i", "inv", "async.yml"));
        java.addAll(List.of(args));
        List<String> command = onTerminal ? List.of("script", "-qfec", ShellQuote.join(java), "/dev/null") : java;
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("ANSIBLE_") || k.startsWith("JPLAY_"));
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static boolean hasScript() {
        try {
            return new ProcessBuilder("script", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** The output without job ids and without POLL lines, whose number depends on the machine's speed. */
    private static String stable(String out) {
        return out.replaceAll("j\\d+\\.\\d+", "JID").replaceAll("(?m)^.*ASYNC POLL on .*\r?\n", "");
    }

    @Test
    void aTerminalShowsTheLiveLineAndErasesItCompletely() throws Exception {
        assumeTrue(hasScript(), "script(1) is not installed: no pseudo terminal to test with");
        write();
        String live = jplay(true, Map.of());
        assertTrue(live.contains("async: 0/2 hosts done, 2 running, longest "), live);
        assertTrue(live.contains(ERASE), live);
        String off = jplay(true, Map.of(), "--no-progress");
        assertFalse(off.contains("async: ") || off.contains("\u001b[K"), off);
        assertEquals(stable(off), stable(live.replaceAll("async: [^\r\n]*\r\u001b\\[K", "")),
                "with the live line erased, the terminal shows the same output");
        String envOff = jplay(true, Map.of("JPLAY_NO_PROGRESS", "1"));
        assertFalse(envOff.contains("\u001b[K"), envOff);
    }

    @Test
    void aPipeNeverGetsTheLine() throws Exception {
        write();
        String piped = jplay(false, Map.of());
        assertFalse(piped.contains("async: ") || piped.contains("\u001b"), piped);
        assertTrue(piped.contains("ASYNC OK on h2"), piped);
    }
}
