package io.jplay.async;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Ansible's async job ids: the controller picks the prefix {@code j<random in [0, 999999999999)>}
 * and the wrapper appends {@code .<its own pid>}, giving e.g. {@code j97378087916.2119}.
 */
public final class JobId {
    /** Exclusive upper bound of the random part, as in Ansible. */
    static final long BOUND = 999_999_999_999L;
    private static final Pattern JID = Pattern.compile("j?\\d+\\.\\d+");

    private JobId() {
    }

    /** A fresh prefix such as {@code j809132958416}; no zero padding, so the length varies. */
    public static String newPrefix(RandomGenerator random) {
        return "j" + random.nextLong(BOUND);
    }

    /** Whether {@code jid} looks like a job id written by jplay or Ansible (2.14 and later, or older without {@code j}). */
    public static boolean isJobId(String jid) {
        return jid != null && JID.matcher(jid).matches();
    }
}
