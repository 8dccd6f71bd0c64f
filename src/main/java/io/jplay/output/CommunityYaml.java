package io.jplay.output;

import java.util.Map;
import java.util.regex.Pattern;

/** The result text of the {@code community.general.yaml} stdout callback: a {@code changed=…} header, then YAML. */
final class CommunityYaml {
    private static final Pattern CONTROL = Pattern.compile("[\\x0b\\x0c\\r]");
    private static final Pattern SPACE_BEFORE_NEWLINE = Pattern.compile(" +\n");
    private static final String PRINTABLE = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\u000b\u000c";

    private CommunityYaml() {
    }

    /** @param abridged the result without internal keys, invocation, diff and exception (modified here) */
    static String dump(Map<String, Object> abridged) {
        StringBuilder dumped = new StringBuilder();
        for (String flag : new String[] {"changed", "skipped"}) {
            if (abridged.containsKey(flag)) {
                dumped.append(flag).append('=').append(PythonText.str(abridged.remove(flag)).toLowerCase())
                        .append(' ');
            }
        }
        for (String stream : new String[] {"stdout", "stderr"}) {
            if (abridged.containsKey(stream) && abridged.containsKey(stream + "_lines")) {
                abridged.put(stream + "_lines", "<omitted>");
            }
        }
        if (!abridged.isEmpty()) {
            dumped.append('\n').append(CallbackYaml.dumpCommunity(abridged));
        }
        return dumped.toString().replace("\n", "\n  ").stripTrailing();
    }

    /** Makes a multi-line string printable as a literal block: the callback's "readable over accurate" rules. */
    static String munge(String value) {
        String s = value.stripTrailing();
        StringBuilder kept = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (PRINTABLE.indexOf(c) < 0 && c < 0xa0) {
                continue;
            }
            if (c == '\t') {
                int n = 8 - col % 8;
                kept.append(" ".repeat(n));
                col += n;
            } else {
                kept.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        String noControl = CONTROL.matcher(kept).replaceAll("");
        return SPACE_BEFORE_NEWLINE.matcher(noControl).replaceAll("\n");
    }
}
