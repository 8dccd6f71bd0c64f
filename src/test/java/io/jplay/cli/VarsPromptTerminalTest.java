package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.connection.ShellQuote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vars_prompt and {@code pause} through a real pseudo terminal ({@code script}): the questions are asked
 * and answered there, a confirmed answer is asked again after a mismatch; with standard input not a
 * terminal nothing is asked.
 */
class VarsPromptTerminalTest {
    @TempDir
    Path dir;

    private String jplay(boolean onTerminal) throws Exception {
        return jplay(onTerminal, "\nx\na\nb\nc\nc\n", """
                - hosts: localhost
                  gather_facts: false
                  vars_prompt:
                    - name: color
                      prompt: Favourite colour
                      default: blue
                      private: false
                    - name: nopr
                      private: false
                    - name: pw
                      prompt: New password
                      confirm: true
                  tasks:
                    - debug: msg="{{ color }}|{{ nopr }}|{{ pw }}"
                """);
    }

    private String jplay(boolean onTerminal, String answers, String playbook) throws Exception {
        return jplay(onTerminal, answers, playbook, "");
    }

    /** jplay on {@code p.yml}; {@code redirect} is shell text after the command ({@code > out.txt}). */
    private String jplay(boolean onTerminal, String answers, String playbook, String redirect) throws Exception {
        return jplay(onTerminal, answers, playbook, redirect, "");
    }

    /** {@code before} is shell text run on the terminal first ({@code stty cols 120; }). */
    private String jplay(boolean onTerminal, String answers, String playbook, String redirect, String before)
            throws Exception {
        Files.writeString(dir.resolve("answers"), answers);
        Files.writeString(dir.resolve("p.yml"), playbook);
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "p.yml");
        List<String> command = onTerminal ? List.of("script", "-qfec", before + ShellQuote.join(java) + redirect, "/dev/null") : java;
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(dir.resolve("answers").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ANSIBLE_") || k.startsWith("JPLAY_") || k.equals("COLUMNS"));
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

    @Test
    void aTerminalIsAskedEveryQuestion() throws Exception {
        assumeTrue(hasScript(), "script(1) is not installed: no pseudo terminal to test with");
        String out = jplay(true);
        assertTrue(out.contains("Favourite colour [blue]: "), out);
        assertTrue(out.contains("nopr: "), out);
        assertTrue(out.contains("confirm New password: "), out);
        assertTrue(out.contains("***** VALUES ENTERED DO NOT MATCH ****"), out);
        assertTrue(out.contains("\"msg\": \"blue|x|c\""), out);
        assertFalse(out.contains("Not prompting"), out);
    }

    @Test
    void pauseWaitsForTheTerminalsLine() throws Exception {
        assumeTrue(hasScript(), "script(1) is not installed: no pseudo terminal to test with");
        String out = jplay(true, "hello world\nsekrit\n", """
                - hosts: localhost
                  gather_facts: false
                  tasks:
                    - name: wait here
                      pause:
                        prompt: Type something
                      register: r
                    - pause:
                        echo: false
                      register: s
                    - debug: msg="{{ r.user_input }}/{{ s.user_input }}"
                """);
        assertTrue(out.contains("[wait here]\r\nType something:"), out);
        assertTrue(out.contains("[pause]\r\nPress enter to continue, Ctrl+C to interrupt (output is hidden):"), out);
        assertTrue(out.contains("\"msg\": \"hello world/sekrit\""), out);
        assertFalse(out.contains("Not waiting"), out);
    }

    @Test
    void aPrivateQuestionWithOutputRedirectedIsAskedOnTheTerminal() throws Exception {
        assumeTrue(hasScript(), "script(1) is not installed: no pseudo terminal to test with");
        String screen = jplay(true, "sekrit\n", """
                - hosts: localhost
                  gather_facts: false
                  vars_prompt:
                    - name: pw
                      prompt: Password
                  tasks:
                    - debug: msg="got {{ pw }}"
                """, " > out.txt");
        String file = Files.readString(dir.resolve("out.txt"));
        assertTrue(screen.contains("Password:"), screen);
        assertFalse(file.contains("Password:"), file);
        assertTrue(file.contains("\"msg\": \"got sekrit\""), file);
    }

    /**
     * On a terminal, banners are as wide as Ansible makes them from the terminal's size (its width
     * minus one, plus the space before the stars): 120 on a 120-column terminal, where COLUMNS is unset.
     */
    @Test
    void bannersTakeTheTerminalsWidth() throws Exception {
        assumeTrue(hasScript(), "script(1) is not installed: no pseudo terminal to test with");
        String screen = jplay(true, "", """
                - hosts: localhost
                  gather_facts: false
                  tasks:
                    - debug: msg=hi
                """, "", "stty cols 120; ");
        String banner = screen.lines().filter(l -> l.startsWith("TASK [debug]")).findFirst().orElse("");
        assertEquals(120, banner.length(), screen);
    }

    @Test
    void aPipeIsNotAsked() throws Exception {
        String out = jplay(false);
        assertTrue(out.contains("[WARNING]: Not prompting as we are not in interactive mode"), out);
        assertFalse(out.contains("Favourite colour"), out);
        assertTrue(out.contains("\"msg\": \"blue|None|None\""), out);
    }
}
