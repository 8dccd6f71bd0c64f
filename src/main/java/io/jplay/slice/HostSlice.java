package io.jplay.slice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Slice {@code index} of {@code count} ({@code --slice I/N}, 1-based as written): which of a run's hosts
 * this process works on.
 *
 * <p>The hosts are ordered by a hash of their name (the first 8 bytes of SHA-256 of its UTF-8 bytes,
 * the name itself breaking ties) and dealt round-robin: the k-th host in that order goes to slice
 * {@code k mod N + 1}. This gives:
 * <ul>
 * <li>the same partition on every machine and in every run for the same host set, since it depends
 *     on nothing but the names;</li>
 * <li>slices that differ by at most one host, which a plain {@code hash mod N} does not;</li>
 * <li>an even spread of every subset too (a later play's group, {@code web*}), which dealing over the
 *     name-sorted list as AWX does would not give when names follow a pattern that lines up with N.</li>
 * </ul>
 */
public record HostSlice(int index, int count) {
    /** The Kubernetes Indexed Job's 0-based index of the pod. */
    public static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";
    /** The number of completions (pods); not set by Kubernetes itself, the manifest passes it. */
    public static final String COUNT_VARIABLE = "JOB_COMPLETIONS";

    public HostSlice {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("slice " + index + "/" + count + " is not between 1/" + count
                    + " and " + count + "/" + count);
        }
    }

    /**
     * {@code I/N} with 1 &lt;= I &lt;= N, or {@code auto}: {@code JOB_COMPLETION_INDEX + 1} of
     * {@code JOB_COMPLETIONS}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static HostSlice parse(String text, Map<String, String> env) {
        String t = text.trim();
        if (t.equals("auto")) {
            return fromEnvironment(env);
        }
        int slash = t.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("--slice takes I/N (for example 2/4) or auto, not '" + text + "'");
        }
        int index = number(t.substring(0, slash), "--slice " + text);
        int count = number(t.substring(slash + 1), "--slice " + text);
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--slice " + text + ": I must be between 1 and N, and N at least 1");
        }
        return new HostSlice(index, count);
    }

    private static HostSlice fromEnvironment(Map<String, String> env) {
        String index = env.get(INDEX_VARIABLE);
        String count = env.get(COUNT_VARIABLE);
        if (index == null || count == null) {
            throw new IllegalArgumentException("--slice auto needs " + INDEX_VARIABLE + " and " + COUNT_VARIABLE
                    + " in the environment (a Kubernetes Indexed Job sets the first; pass the job's completions"
                    + " as the second)");
        }
        int i = number(index, INDEX_VARIABLE);
        int n = number(count, COUNT_VARIABLE);
        if (n < 1 || i < 0 || i >= n) {
            throw new IllegalArgumentException("--slice auto: " + INDEX_VARIABLE + "=" + index
                    + " is not between 0 and " + COUNT_VARIABLE + "-1 (" + count + ")");
        }
        return new HostSlice(i + 1, n);
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a whole number");
        }
    }

    /** The hosts of {@code all} that belong to this slice, in the order of {@code all}. */
    public Set<String> members(Collection<String> all) {
        List<Ranked> ranked = new ArrayList<>();
        for (String name : new LinkedHashSet<>(all)) {
            ranked.add(new Ranked(name, rank(name)));
        }
        ranked.sort(Comparator.comparingLong(Ranked::rank).thenComparing(Ranked::name));
        Set<String> mine = new java.util.HashSet<>();
        for (int k = index - 1; k < ranked.size(); k += count) {
            mine.add(ranked.get(k).name());
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String name : all) {
            if (mine.contains(name)) {
                ordered.add(name);
            }
        }
        return ordered;
    }

    /** The first 8 bytes of SHA-256 of the name, as an unsigned-order long. */
    static long rank(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v ^ Long.MIN_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    private record Ranked(String name, long rank) {
    }
}
