package io.jplay.executor;

/**
 * {@code --step}: asks before each task whether to run it, as Ansible's strategy does. Called from the executor's
 * thread between tasks, never while a task runs.
 */
@FunctionalInterface
public interface StepPrompt {
    /**
     * Shows {@code prompt} and returns the answer as typed (without its line end), or {@code null} when the input has
     * ended, which ends the run as Ansible's does (exit code 2, no further play).
     */
    String answer(String prompt);
}
