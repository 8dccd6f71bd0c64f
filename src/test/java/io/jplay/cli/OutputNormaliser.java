package io.jplay.cli;

import java.util.regex.Pattern;

/**
 * The one documented rule for comparing jplay's output with ansible-playbook's: timestamps,
 * durations, async job ids and temp paths differ from run to run and are replaced by placeholders;
 * everything else must match byte for byte.
 */
final class OutputNormaliser {
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}");
    private static final Pattern DELTA = Pattern.compile("\\d+:\\d{2}:\\d{2}\\.\\d{6}");
    private static final Pattern JID = Pattern.compile("j\\d+\\.\\d+");

    private OutputNormaliser() {
    }

    static String normalise(String text) {
        String t = TIMESTAMP.matcher(text).replaceAll("<time>");
        t = DELTA.matcher(t).replaceAll("<delta>");
        t = JID.matcher(t).replaceAll("<jid>");
        return t;
    }
}
