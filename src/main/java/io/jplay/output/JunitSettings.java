package io.jplay.output;

import io.jplay.config.AnsibleConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options of the {@code junit} callback. ansible-core 2.14 reads them from the environment only
 * ({@code JUNIT_*}; the plugin declares no {@code ansible.cfg} keys), and its boolean options count as
 * true only when the value is {@code true} in any case.
 *
 * @param outputDir {@code JUNIT_OUTPUT_DIR}, default {@code ~/.ansible.log}
 * @param taskClass {@code JUNIT_TASK_CLASS}: one class per YAML file (the {@code .yml:N} suffix dropped)
 * @param taskRelativePath {@code JUNIT_TASK_RELATIVE_PATH}: class names relative to this directory, or empty
 * @param replaceOutOfTreePath {@code JUNIT_REPLACE_OUT_OF_TREE_PATH}: replaces the directory of class names
 *     that start with {@code ../}, or {@code null}
 * @param failOnChange {@code JUNIT_FAIL_ON_CHANGE}: a changed result is a failure
 * @param failOnIgnore {@code JUNIT_FAIL_ON_IGNORE}: an ignored failure is still a failure
 * @param includeSetupTasks {@code JUNIT_INCLUDE_SETUP_TASKS_IN_REPORT} (default true): keep {@code setup} tasks
 * @param hideTaskArguments {@code JUNIT_HIDE_TASK_ARGUMENTS}: test names without {@code key=value} arguments
 * @param testCasePrefix {@code JUNIT_TEST_CASE_PREFIX}: only tasks named with this prefix (and failures) count
 * @param cwd the directory relative paths are resolved against
 */
public record JunitSettings(Path outputDir, boolean taskClass, String taskRelativePath, String replaceOutOfTreePath,
        boolean failOnChange, boolean failOnIgnore, boolean includeSetupTasks, boolean hideTaskArguments,
        String testCasePrefix, Path cwd) {

    /** Reads the options from the run's environment as {@link AnsibleConfig#env} gives it. */
    public static JunitSettings from(AnsibleConfig config, Path cwd, Path home) {
        return from(config::env, cwd, home);
    }

    /** Reads the options through {@code env} (variable name to value). */
    public static JunitSettings from(Function<String, Optional<String>> env, Path cwd, Path home) {
        Path dir = env.apply("JUNIT_OUTPUT_DIR").map(cwd::resolve).orElse(home.resolve(".ansible.log"));
        return new JunitSettings(dir,
                flag(env, "JUNIT_TASK_CLASS", false),
                env.apply("JUNIT_TASK_RELATIVE_PATH").orElse(""),
                env.apply("JUNIT_REPLACE_OUT_OF_TREE_PATH").orElse(null),
                flag(env, "JUNIT_FAIL_ON_CHANGE", false),
                flag(env, "JUNIT_FAIL_ON_IGNORE", false),
                flag(env, "JUNIT_INCLUDE_SETUP_TASKS_IN_REPORT", true),
                flag(env, "JUNIT_HIDE_TASK_ARGUMENTS", false),
                env.apply("JUNIT_TEST_CASE_PREFIX").orElse(""),
                cwd);
    }

    private static boolean flag(Function<String, Optional<String>> env, String name, boolean dflt) {
        return env.apply(name).map(v -> v.toLowerCase(Locale.ROOT).equals("true")).orElse(dflt);
    }
}
