package io.jplay.connection.ssh;

import java.util.Locale;

/** What to do with a host key that is not (or not the same as) the one in known_hosts. */
enum HostKeyPolicy {
    /** Unknown or changed keys fail the connection ({@code StrictHostKeyChecking=yes/ask}). */
    STRICT,
    /** Unknown keys are added to known_hosts, changed keys fail ({@code accept-new}). */
    ACCEPT_NEW,
    /** Keys are not checked ({@code host_key_checking = False}, {@code StrictHostKeyChecking=no}). */
    OFF;

    static HostKeyPolicy fromOption(String value) {
        if (value == null) {
            return STRICT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "no", "off", "false" -> OFF;
            case "accept-new" -> ACCEPT_NEW;
            default -> STRICT;
        };
    }
}
