package io.jplay.output;

/**
 * What a renderer needs to know about the run and the terminal; the CLI fills it from
 * {@code ansible.cfg}, {@code ANSIBLE_*} variables and flags.
 *
 * @param verbosity the number of {@code -v} flags
 * @param color whether to emit ANSI colours (Ansible: off when stdout is not a tty, unless forced)
 * @param displaySkippedHosts {@code display_skipped_hosts} (default true)
 * @param displayOkHosts {@code display_ok_hosts} (default true)
 * @param showCustomStats {@code show_custom_stats} (default false)
 * @param checkModeMarkers {@code check_mode_markers} (default false)
 * @param checkMode whether the run was started with {@code --check} (for the {@code DRY RUN} banner)
 * @param resultFormat {@code callback_result_format} of the default callback (json or yaml)
 * @param terminalWidth the tty's width in columns, or 0 when stdout is not a tty
 * @param displayFailedStderr {@code display_failed_stderr}: failures and unreachable hosts go to stderr
 * @param showTaskPathOnFailure {@code show_task_path_on_failure}: {@code task path:} before a failure below -vv
 */
public record OutputSettings(int verbosity, boolean color, boolean displaySkippedHosts, boolean displayOkHosts,
        boolean showCustomStats, boolean checkModeMarkers, boolean checkMode, ResultFormat resultFormat,
        int terminalWidth, boolean displayFailedStderr, boolean showTaskPathOnFailure) {

    /**
     * How results are printed: {@code callback_result_format} json or yaml of the default callback, or
     * {@code COMMUNITY_YAML} for {@code stdout_callback = community.general.yaml} (the default callback with
     * a {@code changed=…} header and 2-space YAML).
     */
    public enum ResultFormat { JSON, YAML, COMMUNITY_YAML }

    public OutputSettings {
        if (verbosity < 0) {
            throw new IllegalArgumentException("verbosity must not be negative: " + verbosity);
        }
        resultFormat = resultFormat == null ? ResultFormat.JSON : resultFormat;
    }

    /** Ansible's defaults for a non-tty run without {@code -v}. */
    public static OutputSettings defaults() {
        return new OutputSettings(0, false, true, true, false, false, false, ResultFormat.JSON, 0, false, false);
    }

    public OutputSettings withVerbosity(int level) {
        return new OutputSettings(level, color, displaySkippedHosts, displayOkHosts, showCustomStats,
                checkModeMarkers, checkMode, resultFormat, terminalWidth,
                displayFailedStderr, showTaskPathOnFailure);
    }

    public OutputSettings withColor(boolean on) {
        return new OutputSettings(verbosity, on, displaySkippedHosts, displayOkHosts, showCustomStats,
                checkModeMarkers, checkMode, resultFormat, terminalWidth,
                displayFailedStderr, showTaskPathOnFailure);
    }

    public OutputSettings withDisplay(boolean skippedHosts, boolean okHosts) {
        return new OutputSettings(verbosity, color, skippedHosts, okHosts, showCustomStats, checkModeMarkers,
                checkMode, resultFormat, terminalWidth,
                displayFailedStderr, showTaskPathOnFailure);
    }

    public OutputSettings withCustomStats(boolean show) {
        return new OutputSettings(verbosity, color, displaySkippedHosts, displayOkHosts, show, checkModeMarkers,
                checkMode, resultFormat, terminalWidth,
                displayFailedStderr, showTaskPathOnFailure);
    }

    public OutputSettings withCheckMode(boolean check, boolean markers) {
        return new OutputSettings(verbosity, color, displaySkippedHosts, displayOkHosts, showCustomStats, markers,
                check, resultFormat, terminalWidth,
                displayFailedStderr, showTaskPathOnFailure);
    }

    public OutputSettings withTerminalWidth(int width) {
        return new OutputSettings(verbosity, color, displaySkippedHosts, displayOkHosts, showCustomStats,
                checkModeMarkers, checkMode, resultFormat, width, displayFailedStderr, showTaskPathOnFailure);
    }

    public OutputSettings withFailureDisplay(boolean toStderr, boolean taskPath) {
        return new OutputSettings(verbosity, color, displaySkippedHosts, displayOkHosts, showCustomStats,
                checkModeMarkers, checkMode, resultFormat, terminalWidth, toStderr, taskPath);
    }

    public OutputSettings withResultFormat(ResultFormat format) {
        return new OutputSettings(verbosity, color, displaySkippedHosts, displayOkHosts, showCustomStats,
                checkModeMarkers, checkMode, format, terminalWidth, displayFailedStderr, showTaskPathOnFailure);
    }

    /** Lines of context around changes in {@code --diff} output ({@code [diff] context}, fixed at Ansible's default 3). */
    public int diffContext() {
        return 3;
    }

    /** Ansible's {@code Display.columns}: at least 79, else the tty width minus one. */
    public int columns() {
        return Math.max(79, terminalWidth - 1);
    }
}
