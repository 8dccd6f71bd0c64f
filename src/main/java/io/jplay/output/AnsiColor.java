package io.jplay.output;

/** Ansible's default colours ({@code COLOR_*} in its config) and their SGR codes. */
enum AnsiColor {
    OK("0;32"),
    CHANGED("0;33"),
    SKIP("0;36"),
    ERROR("0;31"),
    UNREACHABLE("1;31"),
    WARN("1;35"),
    DEPRECATE("0;35"),
    DEBUG("1;30"),
    VERBOSE("0;34");

    private final String sgr;

    AnsiColor(String sgr) {
        this.sgr = sgr;
    }

    /** Colours every line on its own, as Ansible's {@code stringc} does. */
    String paint(String text) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append("\033[").append(sgr).append('m').append(lines[i]).append("\033[0m");
        }
        return sb.toString();
    }
}
