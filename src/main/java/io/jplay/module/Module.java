package io.jplay.module;

import java.util.Map;

/**
 * One Ansible module (or action), implemented in Java on the controller. It reads its arguments
 * from the {@link ModuleContext} and drives the target through the context's connection.
 *
 * <p>The returned map is the module's result exactly as Ansible shapes it (same keys, same types);
 * the executor adds the common keys ({@code changed}, {@code failed}, ...) only where missing.
 * Implementations are stateless and safe to call from many worker threads.
 */
public interface Module {

    /** The short name ({@code command}); {@code ansible.builtin.} and {@code ansible.legacy.} prefixes map to it. */
    String name();

    /** Whether {@code async:} may be used with this module. Such modules implement {@link RemoteScriptModule}. */
    default boolean supportsAsync() {
        return false;
    }

    /** Whether the module can report what it would do under {@code --check}. */
    default boolean supportsCheckMode() {
        return false;
    }

    /** Whether the module runs on the controller only and never opens a connection (debug, set_fact). */
    default boolean controllerOnly() {
        return false;
    }

    /**
     * Whether the task runs once, on the first host, whatever the hosts (Ansible's {@code BYPASS_HOST_LOOP}:
     * {@code add_host}); unlike {@code run_once}, its result stays with that host.
     */
    default boolean bypassHostLoop() {
        return false;
    }

    /**
     * Whether the result asks for a change of the run's inventory ({@code group_by}): the hosts then run one
     * after another, in host order, so groups list their hosts in that order as Ansible's do.
     */
    default boolean changesInventory() {
        return false;
    }

    /**
     * Runs the module.
     *
     * @throws ModuleException for bad arguments or a failure that has a message (becomes
     *     {@code failed: true, msg: ...})
     * @throws io.jplay.connection.ConnectionException when the target cannot be reached
     */
    Map<String, Object> run(ModuleContext context) throws ModuleException, io.jplay.connection.ConnectionException;
}
