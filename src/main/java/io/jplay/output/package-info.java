/**
 * What the user sees: {@link io.jplay.output.RunListener} receives the executor's typed events, and the
 * renderers here print them exactly as ansible-core 2.14 does.
 *
 * <ul>
 *   <li>{@link io.jplay.output.DefaultCallback}: {@code ansible-playbook}'s {@code default} stdout callback
 *       (also {@code callback_result_format = yaml} and {@code community.general.yaml}, via
 *       {@link io.jplay.output.OutputSettings.ResultFormat});</li>
 *   <li>{@link io.jplay.output.MinimalCallback}, {@link io.jplay.output.OneLineCallback},
 *       {@link io.jplay.output.TreeWriter}: ad-hoc {@code ansible} output, {@code -o} and {@code -t DIR};</li>
 *   <li>{@link io.jplay.output.JsonCallback}: {@code ansible.posix.json};</li>
 *   <li>{@link io.jplay.output.LogFileListener}: {@code log_path};
 *       {@link io.jplay.output.ProfileTasks}, {@link io.jplay.output.Timer}: the ansible.posix aggregate callbacks;</li>
 *   <li>{@link io.jplay.output.CompositeListener}: fan-out to several of them.</li>
 * </ul>
 *
 * <p>Renderers write to the {@link java.lang.Appendable}s they are given (never {@code System.out}), take
 * their configuration as an {@link io.jplay.output.OutputSettings}, and time/ids through injected
 * {@link java.time.Clock}s and suppliers. Result dictionaries arrive raw (as the module and executor built
 * them, internal {@code _ansible_*} keys included); each renderer makes Ansible's "clean copy" itself
 * ({@code failed}/{@code skipped} dropped, internal keys stripped, {@code no_log} censoring).
 */
package io.jplay.output;
