package io.jplay.module.builtin;

import io.jplay.connection.ShellQuote;
import java.util.List;

/**
 * The shell snippet that reports one path's {@code lstat}/{@code stat} with coreutils' {@code stat -c},
 * and its parser. The snippet's output is a block of lines between {@code @@stat} and {@code @@end}, so
 * that several probes and other output can share one exec.
 */
final class StatProbe {
    static final String BEGIN = "@@stat";
    static final String END = "@@end";
    private static final String FORMAT = "%f %s %b %o %u %g %d %i %h %t %T %X %Y %Z\n%x\n%y\n%z\n%U\n%G";

    private StatProbe() {
    }

    /**
     * Shell that prints the block for {@code path}.
     *
     * @param checksumTool e.g. {@code sha1sum}, or {@code null} for no checksum
     * @param attributes whether to ask {@code lsattr} (when present) for the file's attributes
     */
    static String script(String path, boolean follow, String checksumTool, boolean attributes) {
        return script(path, follow, checksumTool, attributes, false);
    }

    /**
     * Shell that prints the block for {@code path}, with {@code file --mime-type --mime-encoding} when
     * {@code mime} is asked (the stat module's {@code get_mime}).
     */
    static String script(String path, boolean follow, String checksumTool, boolean attributes, boolean mime) {
        String p = ShellQuote.quote(path);
        String f = follow ? "-L " : "";
        StringBuilder sh = new StringBuilder();
        sh.append("echo ").append(BEGIN).append("; ");
        sh.append("if [ -e ").append(p).append(" ] || [ -L ").append(p).append(" ]; then ");
        sh.append("stat ").append(f).append("-c ").append(ShellQuote.quote(FORMAT)).append(" -- ").append(p)
                .append(" || echo error; ");
        for (String test : List.of("-r", "-w", "-x")) {
            sh.append("if [ ").append(test).append(' ').append(p).append(" ]; then echo 1; else echo 0; fi; ");
        }
        String notLink = follow ? "true" : "[ ! -L " + p + " ]";
        if (!follow) {
            sh.append("if [ -L ").append(p).append(" ]; then echo link; readlink -- ").append(p)
                    .append("; readlink -f -- ").append(p).append(" || echo; else echo nolink; fi; ");
        } else {
            sh.append("echo nolink; ");
        }
        if (checksumTool != null) {
            sh.append("if ").append(notLink).append(" && [ -f ").append(p).append(" ] && [ -r ").append(p)
                    .append(" ]; then echo sum; ").append(checksumTool).append(" < ").append(p)
                    .append("; else echo nosum; fi; ");
        }
        if (attributes) {
            sh.append("if ").append(notLink).append(" && command -v lsattr >/dev/null 2>&1; then echo attr; ")
                    .append("lsattr -vd -- ").append(p).append(" 2>/dev/null || echo; else echo noattr; fi; ");
        }
        if (mime) {
            sh.append("if command -v file >/dev/null 2>&1 && m=$(file --mime-type --mime-encoding -- ").append(p)
                    .append(" 2>/dev/null); then echo mime; printf '%s\\n' \"$m\" | tr '\\n' ' '; echo; else echo nomime; fi; ");
        }
        sh.append("else echo absent; fi; echo ").append(END).append(';');
        return sh.toString();
    }

    /** Parses the first block in {@code output}; an unparsable block reads as {@link FileStat#ABSENT}. */
    static FileStat parse(String output) {
        List<String> lines = output.lines().toList();
        int at = lines.indexOf(BEGIN);
        if (at < 0 || at + 1 >= lines.size() || lines.get(at + 1).equals("absent")) {
            return FileStat.ABSENT;
        }
        return FileStat.parse(lines.subList(at + 1, lines.size()));
    }
}
