package io.jplay.connection.ssh;

import java.util.List;

/**
 * sshj logs refused host keys and failed logins at ERROR with stack traces, and jplay reports those
 * failures itself. Raises slf4j-simple's level for sshj's loggers to WARN, unless the user already
 * chose a level for them (a {@code -Dorg.slf4j.simpleLogger.log.*} property).
 */
final class QuietLogging {
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    private QuietLogging() {
    }

    static void apply() {
        for (String logger : List.of("net.schmizz", "com.hierynomus", "org.bouncycastle")) {
            if (System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, "off");
            }
        }
    }
}
