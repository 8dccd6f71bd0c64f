package io.jplay.executor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of one run after ansible.cfg, {@code ANSIBLE_*} variables and command-line flags
 * have been combined (flags win over environment, environment over the file).
 *
 * @param forks how many hosts are worked on at once
 * @param connection the {@code -c} connection type, or {@code null} for the default ({@code ssh})
 * @param remoteUser {@code -u} or {@code remote_user}, or {@code null}
 * @param sshArgs {@code ssh_args} plus {@code ssh_common_args} and {@code ssh_extra_args}, as words
 * @param asyncDir {@code async_dir} as configured (unexpanded, {@code ~/.ansible_async} by default)
 * @param pollInterval the default {@code poll} of async tasks ({@code poll_interval}, 15)
 * @param gathering {@code implicit}, {@code explicit} or {@code smart}
 * @param connectionPassword the {@code -k} answer, used where a host has no {@code ansible_password},
 *     or {@code null}
 * @param taskTimeout {@code task_timeout}: the default of the task keyword {@code timeout} (0: none)
 */
public record RunOptions(
        int forks,
        boolean check,
        boolean diff,
        int verbosity,
        Set<String> tags,
        Set<String> skipTags,
        String startAtTask,
        String limit,
        String connection,
        String remoteUser,
        String privateKeyFile,
        Duration timeout,
        boolean hostKeyChecking,
        List<String> sshArgs,
        BecomeDefaults become,
        String asyncDir,
        int pollInterval,
        String gathering,
        boolean anyErrorsFatal,
        boolean forceHandlers,
        Map<String, Object> extraVars,
        String connectionPassword,
        boolean mergeHashes,
        int taskTimeout) {

    /** Options without a {@code task_timeout}. */
    public RunOptions(int forks, boolean check, boolean diff, int verbosity, Set<String> tags, Set<String> skipTags,
            String startAtTask, String limit, String connection, String remoteUser, String privateKeyFile,
            Duration timeout, boolean hostKeyChecking, List<String> sshArgs, BecomeDefaults become, String asyncDir,
            int pollInterval, String gathering, boolean anyErrorsFatal, boolean forceHandlers,
            Map<String, Object> extraVars, String connectionPassword, boolean mergeHashes) {
        this(forks, check, diff, verbosity, tags, skipTags, startAtTask, limit, connection, remoteUser, privateKeyFile,
                timeout, hostKeyChecking, sshArgs, become, asyncDir, pollInterval, gathering, anyErrorsFatal,
                forceHandlers, extraVars, connectionPassword, mergeHashes, 0);
    }

    /** Options with Ansible's default {@code hash_behaviour = replace}. */
    public RunOptions(int forks, boolean check, boolean diff, int verbosity, Set<String> tags, Set<String> skipTags,
            String startAtTask, String limit, String connection, String remoteUser, String privateKeyFile,
            Duration timeout, boolean hostKeyChecking, List<String> sshArgs, BecomeDefaults become, String asyncDir,
            int pollInterval, String gathering, boolean anyErrorsFatal, boolean forceHandlers,
            Map<String, Object> extraVars, String connectionPassword) {
        this(forks, check, diff, verbosity, tags, skipTags, startAtTask, limit, connection, remoteUser, privateKeyFile,
                timeout, hostKeyChecking, sshArgs, become, asyncDir, pollInterval, gathering, anyErrorsFatal,
                forceHandlers, extraVars, connectionPassword, false);
    }

    public RunOptions {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        skipTags = skipTags == null ? Set.of() : Set.copyOf(skipTags);
        sshArgs = sshArgs == null ? List.of() : List.copyOf(sshArgs);
        become = become == null ? BecomeDefaults.NONE : become;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        asyncDir = asyncDir == null ? "~/.ansible_async" : asyncDir;
        gathering = gathering == null ? "implicit" : gathering;
        extraVars = extraVars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraVars));
        if (forks < 1) {
            throw new IllegalArgumentException("forks must be at least 1");
        }
    }

    /** Ansible's defaults, for tests and embedding. */
    public static RunOptions defaults() {
        return new RunOptions(5, false, false, 0, Set.of(), Set.of(), null, null, null, null, null,
                Duration.ofSeconds(10), true, List.of(), BecomeDefaults.NONE, "~/.ansible_async", 15, "implicit",
                false, false, Map.of(), null);
    }

    /** {@code -b}, {@code --become-user}, {@code --become-method}, {@code -K} and their config settings. */
    public record BecomeDefaults(boolean become, String user, String method, String flags, String password) {
        public static final BecomeDefaults NONE = new BecomeDefaults(false, null, null, null, null);
    }
}
